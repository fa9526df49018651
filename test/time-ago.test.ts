// "قبل أيام"، "منذ بضعة أيام"، "قبل يومين": time counted back from the day of publication (a shape
// seen in the development corpus, written here in sentences of our own).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDates } from '../src/extract/dates.ts';
import { defaultLexicon } from '../src/extract/lexicon/lexicon.ts';
import { tokenize } from '../src/extract/text/tokenize.ts';
import { extractText, factLines } from './helpers/extract.ts';

const lx = defaultLexicon();
const resolved = (text: string) => findDates(tokenize(text), lx).map((d) => d.resolve({ y: 2024, m: 5, d: 2 }, false)?.value ?? null);

describe('time counted back', () => {
  test('a few days back is the month they fall in; two days back is a day', () => {
    assert.deepEqual(resolved('زار القاهرة قبل أيام'), ['2024-04']);
    assert.deepEqual(resolved('زار القاهرة منذ بضعة أيام'), ['2024-04']);
    assert.deepEqual(resolved('زار القاهرة قبل يومين'), ['2024-04-30']);
    assert.deepEqual(resolved('زار القاهرة قبل أسبوعين'), ['2024-04']);
  });
  test('"قبل" before a span of time dates the clause it ends, not a new clause', () => {
    const x = extractText('وكان رئيس الوزراء الإثيوبي هايلي تسفاي قد زار كينيا قبل أيام.', '2024-05-20');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED هايلي تسفاي KE 2024-05 occurred']);
  });
  test('"منذ عام 2014" (since a year) still does not date the visit', () => {
    const x = extractText('وقال الوزير، وهو أول وزير دفاع أمريكي يزور الصين منذ عام 2014، إن المحادثات مفيدة.', '2018-06-28');
    assert.ok(!factLines(x, 'VISITED').some((l) => / 2014 /.test(l)), factLines(x).join('\n'));
  });
});
