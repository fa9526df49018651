import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// The explorer's modules are plain browser JavaScript; these parts touch no DOM and run in Node too.
const load = (name: string) => import(new URL(`../public/explore/${name}`, import.meta.url).href);
const { parseView, formatView, emptyView, PREDICATES } = await load('view.js');
const { bins, span } = await load('timeline.js');
const { byPublication } = await load('panel.js');
const { PARTIAL_DATE } = await load('api.js');

describe('the explorer address', () => {
  test('a view survives being written and read back', () => {
    const view = {
      ...emptyView(), q: 'لافروف', id: 'person:sergey-lavrov', depth: 2, predicates: ['MET', 'VISITED'], status: ['occurred'],
      from: '2023', to: '2025-07', expanded: ['country:KP', 'country:CN'], path: ['person:maria-zakharova', 'country:KP'], window: ['2024-01', '2024-06'],
    };
    const address = formatView(view);
    assert.match(address, /^\?q=/);
    assert.deepEqual(parseView(address), view);
  });

  test('defaults stay out of the address and odd values fall back to them', () => {
    assert.equal(formatView(emptyView()), '');
    const v = parseView('?id=x&depth=7&rel=MET,BOGUS&status=occurred,planned,possible&path=only-one&window=2024');
    assert.equal(v.depth, 1);
    assert.deepEqual(v.predicates, ['MET']);
    assert.equal(v.status, null, 'every status is no filter');
    assert.equal(v.path, null);
    assert.equal(v.window, null);
    assert.equal(parseView(`?rel=${PREDICATES.join(',')}`).predicates, null);
  });
});

describe('the time histogram', () => {
  test('months between the first and last date, gaps included; years over a longer span', () => {
    assert.deepEqual(bins(['2024-11-03', '2025-02', '2024-12-30']).keys, ['2024-11', '2024-12', '2025-01', '2025-02']);
    assert.deepEqual(bins(['2025', '2025-03-01']), { unit: 'month', keys: ['2025-01', '2025-02', '2025-03'] });
    assert.deepEqual(bins(['2019-05', '2023-01-01']), { unit: 'year', keys: ['2019', '2020', '2021', '2022', '2023'] });
    assert.deepEqual(bins([]).keys, []);
  });

  test('a partial date covers its whole year or month', () => {
    assert.deepEqual(span('2025'), ['2025-00-00', '2025-99-99']);
    assert.deepEqual(span('2025-07'), ['2025-07-00', '2025-07-99']);
    assert.deepEqual(span('2025-07-11'), ['2025-07-11', '2025-07-11']);
  });
});

describe('the evidence panel order and the date filter', () => {
  test('oldest report first, undated last; newest first reverses only the dated', () => {
    const s = (published: string | null, outlet = 'x') => ({ published, outlet });
    const list = [s('2025-07-12'), s(null, 'n'), s('2025-07-11', 'b'), s('2025-07-11', 'a')];
    assert.deepEqual(byPublication(list).map((x: { published: string | null; outlet: string }) => `${x.published}/${x.outlet}`), ['2025-07-11/a', '2025-07-11/b', '2025-07-12/x', 'null/n']);
    assert.deepEqual(byPublication(list, true).map((x: { published: string | null }) => x.published), ['2025-07-12', '2025-07-11', '2025-07-11', null]);
  });

  test('only partial ISO dates reach a query', () => {
    for (const ok of ['2025', '2025-07', '2025-07-11', '2024-02-29']) assert.ok(PARTIAL_DATE.test(ok), ok);
    for (const bad of ['yesterday', '2025-13-45', '2025-7', '25', '2025") { stats { articles } } #', '2025-07-11T00:00']) assert.ok(!PARTIAL_DATE.test(bad), bad);
  });
});
