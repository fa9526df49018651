import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPartialDate } from '../src/api/partial-date.ts';
import { seededApi } from './helpers/api.ts';

const api = await seededApi();
type Err = { message: string; path?: string[]; extensions?: { code?: string; candidates?: { id: string }[] } };
const ask = async (query: string, variables?: Record<string, unknown>) => {
  const r = await api.ask(query, variables);
  return r.body as { data?: any; errors?: Err[] };
};

describe('API inputs are checked, not silently reinterpreted', () => {
  test('PartialDate accepts a year, a month or a real day and nothing else', () => {
    for (const ok of ['2025', '2025-07', '2025-07-11', '2024-02-29']) assert.equal(checkPartialDate(ok), ok);
    for (const [bad, why] of [['yesterday', /write 2025, 2025-07 or 2025-07-11/], ['2025-13-45', /month 13/], ['2025-02-29', /day 29 is not 01 to 28/], ['2025-7-1', /write/], [20250711, /write/]] as const) {
      assert.throws(() => checkPartialDate(bad), why, String(bad));
    }
  });

  test('a bad date in a filter is an error naming the value, in a literal or a variable', async () => {
    for (const bad of ['yesterday', '2025-13-45']) {
      const lit = await ask(`{ visitors(country: "KP", filter: { from: ${JSON.stringify(bad)} }) { date } }`);
      assert.equal(lit.data, undefined);
      assert.match(lit.errors![0]!.message, new RegExp(`"${bad}" is not a date`));
      // Variables are coerced by graphql-jit, whose message names the value and the type.
      const v = await ask('query($f: FactFilter) { visitors(country: "KP", filter: $f) { date } }', { f: { to: bad } });
      assert.match(v.errors![0]!.message, new RegExp(`invalid value "${bad}".*PartialDate`));
    }
    const good = await ask('{ visitors(country: "KP", filter: { from: "2025" }) { date } }');
    assert.deepEqual(good.data.visitors.map((r: any) => r.date), ['2025-07-11']);
    const hood = await ask('{ neighbourhood(id: "KP", from: "2025-13") { nodes { id } } }');
    assert.match(hood.errors![0]!.message, /from: "2025-13" is not a date: month 13/);
  });

  test('an ambiguous name answers with the candidates, not a guess', async () => {
    const r = await ask('{ visitors(country: "Korea") { subject { name } } }');
    assert.equal(r.data.visitors, null);
    const e = r.errors![0]!;
    assert.equal(e.extensions?.code, 'BAD_USER_INPUT');
    assert.match(e.message, /"Korea" names more than one Country: .*country:KP \(North Korea\).*country:KR \(South Korea\)/);
    assert.deepEqual(e.extensions?.candidates?.map((c) => c.id).sort(), ['country:KP', 'country:KR']);
    const kim = await ask('{ meetings(person: "Kim") { date } }');
    assert.deepEqual(kim.errors![0]!.extensions?.candidates?.map((c) => c.id).sort(), ['person:kim-jong-un', 'person:kim-myung-soo']);
    // A fuller name, an id or a capital is one entity.
    const one = await ask('{ a: visitors(country: "North Korea") { date } b: visitors(country: "Pyongyang") { date } c: travels(person: "Lavrof") { date } }');
    assert.equal(one.errors, undefined, JSON.stringify(one.errors));
    assert.deepEqual(one.data.a, one.data.b);
    assert.ok(one.data.c.some((t: any) => t.date === '2025-07-11'));
  });

  test('depth and hops out of range are errors, not clamped', async () => {
    for (const [q, msg] of [
      ['{ neighbourhood(id: "KP", depth: 3) { nodes { id } } }', /depth must be from 1 to 2, got 3/],
      ['{ neighbourhood(id: "KP", depth: 0) { nodes { id } } }', /depth must be from 1 to 2, got 0/],
      ['{ paths(from: "Dan Caine", to: "Charles Q. Brown", maxHops: 10) { length } }', /maxHops must be from 1 to 6, got 10/],
      ['{ paths(from: "Dan Caine", to: "Charles Q. Brown", maxHops: 0) { length } }', /maxHops must be from 1 to 6, got 0/],
    ] as const) {
      const r = await ask(q);
      assert.match(r.errors?.[0]?.message ?? '', msg, q);
      assert.equal(r.errors![0]!.extensions?.code, 'BAD_USER_INPUT');
    }
    const two = await ask('{ neighbourhood(id: "KP", depth: 2) { nodes { id } } }');
    assert.ok(two.data.neighbourhood.nodes.length > 1);
  });

  test('an unknown entity nulls only its own field: the error names it, the other aliases are answered', async () => {
    const r = await ask('{ a: visitors(country: "KP") { subject { name } } b: visitors(country: "Narnia") { subject { name } } c: timeline(id: "Gandalf the Grey") { date } }');
    assert.ok(r.data, 'data is not null');
    assert.ok(r.data.a.some((v: any) => v.subject.name === 'Sergey Lavrov'));
    assert.equal(r.data.b, null);
    assert.equal(r.data.c, null);
    const byPath = new Map(r.errors!.map((e) => [e.path?.[0], e]));
    assert.match(byPath.get('b')!.message, /no Country matches "Narnia"/);
    assert.equal(byPath.get('b')!.extensions?.code, 'NOT_FOUND');
    assert.match(byPath.get('c')!.message, /no entity matches "Gandalf the Grey"/);
  });

  test('an id or ISO code the graph does not hold, or of the wrong type, is an error too', async () => {
    const r = await ask('{ a: visitors(country: "ZZ") { date } b: travels(person: "person:nobody-at-all") { date } c: visitors(country: "person:sergey-lavrov") { date } d: visitors(country: "kp") { date } }');
    const byPath = new Map(r.errors!.map((e) => [e.path?.[0], e]));
    assert.match(byPath.get('a')!.message, /no Country ZZ in the graph/);
    assert.equal(byPath.get('a')!.extensions?.code, 'NOT_FOUND');
    assert.match(byPath.get('b')!.message, /no Person person:nobody-at-all in the graph/);
    assert.match(byPath.get('c')!.message, /person:sergey-lavrov is a Person, not a Country/);
    assert.ok(r.data.d.length > 0, 'a lower-case code is still a code');
  });
});
