import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PREDICATES } from '../src/extract/types.ts';
import { extractText } from './helpers/extract.ts';
import { seededApi } from './helpers/api.ts';

// Fragments that drive the extractor down its paths: cues, titles, names, dates, furniture, marks.
const FRAGMENTS = [
  'وصل', 'وزير الخارجية الروسي', 'سيرغي لافروف', 'إلى', 'كوريا الشمالية', 'أمس الجمعة', 'التقى', 'بكيم', 'الكوري الجنوبي',
  'أرسلت', 'جنود', 'قوات تركية', 'في ليبيا', 'زودت', 'بأسلحة', 'مناورات مشتركة', 'مع', 'الصين', 'قد', 'سيزور', 'في يوليو',
  '11 يوليو/تموز 2025', '12/7/2025', '،', '.', '\n', 'أخبار ذات صلة', 'شاهد أيضاً:', 'الدول الثلاث', 'لقائهما', '\u200f', '\u200d',
  'ـــ', 'ً', '"', 'x\'}) DETACH DELETE n //', '{ __schema }', '٣١', 'يoon', '###',
];
const articleText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.constant(' ')), { minLength: 1, maxLength: 80 }).map((xs) => xs.join(' '));

describe('properties', () => {
  test('the extractor never throws; offsets point into the text; facts are well formed', () => {
    fc.assert(
      fc.property(articleText, fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (text, day) => {
        let x;
        try {
          x = extractText(text, day.toISOString().slice(0, 10));
        } catch (e) {
          // The only refusals allowed are clear reports: no text, or not Arabic.
          assert.match((e as Error).message, /is not handled|has no text/);
          return;
        }
        for (const f of x.facts) {
          assert.ok(PREDICATES.includes(f.predicate));
          assert.ok(['occurred', 'planned', 'possible'].includes(f.status));
          assert.ok(f.subject && f.object && f.subject !== f.object);
          assert.ok(f.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.date));
          const e = f.evidence;
          assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
          assert.equal(text.slice(e.start, e.end), e.sentence);
          assert.ok(e.cueStart >= e.start && e.cueEnd <= e.end && e.cueStart <= e.cueEnd);
          assert.ok(f.confidence > 0 && f.confidence <= 1 && f.rule.length > 0);
        }
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  test('random valid GraphQL queries never yield an unmasked error', async () => {
    const api = await seededApi();
    const id = fc.oneof(fc.constantFrom('KP', 'RU', 'person:sergey-lavrov', 'لافروف', 'North Korea', 'country:ZZ'), fc.string({ maxLength: 30 }));
    const filter = fc.record({ from: fc.option(fc.constantFrom('2024', '2025-07', 'not-a-date', '')), limit: fc.option(fc.integer({ min: -5, max: 100000 })), minSources: fc.option(fc.integer({ min: -1, max: 5 })) }, { requiredKeys: [] });
    const question = fc.oneof(
      fc.tuple(fc.constantFrom('visitors', 'deployments', 'armsSupplies', 'exercises', 'officials'), id, filter).map(([f, x, flt]) => `${f}(country: ${JSON.stringify(x)}, filter: ${gql(flt)}) { predicate subject { name } date sourceCount }`),
      fc.tuple(fc.constantFrom('travels', 'meetings'), id).map(([f, x]) => `${f}(person: ${JSON.stringify(x)}) { object { id } status }`),
      fc.tuple(id, id, fc.integer({ min: -3, max: 50 })).map(([a, b, h]) => `paths(from: ${JSON.stringify(a)}, to: ${JSON.stringify(b)}, maxHops: ${h}) { length }`),
      fc.tuple(id, fc.integer({ min: -3, max: 9 })).map(([a, d]) => `neighbourhood(id: ${JSON.stringify(a)}, depth: ${d}) { nodes { id } edges { predicate } }`),
      fc.tuple(id, id).map(([a, b]) => `links(a: ${JSON.stringify(a)}, b: ${JSON.stringify(b)}) { via { name } relation { predicate } }`),
      fc.string({ maxLength: 40 }).map((q) => `search(query: ${JSON.stringify(q)}) { id name }`),
      id.map((x) => `timeline(id: ${JSON.stringify(x)}) { date }`),
    );
    await fc.assert(
      fc.asyncProperty(question, async (q) => {
        const r = await api.ask(`{ ${q} }`);
        for (const e of r.body.errors ?? []) {
          assert.ok(!/Unexpected error/.test(e.message), `unmasked internal error for ${q}`);
          assert.ok(!/\bat .*\.(ts|js):\d+/.test(JSON.stringify(e)), `stack leaked for ${q}`);
        }
      }),
      { numRuns: 200, seed: 20261121 },
    );
  });
});

function gql(o: Record<string, unknown>): string {
  return `{ ${Object.entries(o).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`;
}
