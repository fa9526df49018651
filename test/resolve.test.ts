import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../src/store/graph-store.ts';
import { cameoOf, cameoOfEvent } from '../src/store/resolve/cameo.ts';
import { clusterEvents, mergeReports } from '../src/store/resolve/events.ts';
import { compatibleDates, resolveDates } from '../src/store/resolve/fact-dates.ts';
import { independentSources } from '../src/store/resolve/independence.ts';
import { duplicateGroup, signature, similarity } from '../src/store/resolve/near-duplicates.ts';

test('compatible dates: one contains the other, or one is unknown', () => {
  const table: [string | null, string | null, boolean][] = [
    ['2023', '2023-07', true], ['2023-07', '2023-07-14', true], ['2023', '2023-07-14', true], ['2023-07-14', '2023', true],
    [null, '2023-07', true], ['2023-07', null, true], ['2023-06', '2023-09', false], ['2023-07-14', '2023-07-15', false], ['2023', '2024-01', false],
  ];
  for (const [a, b, want] of table) assert.equal(compatibleDates(a, b), want, `${a} ~ ${b}`);
});

test('resolving a triple\'s dates: the most precise date each report supports, vaguer ones that fit several stand alone', () => {
  const table: [string[], Record<string, string>][] = [
    [['2023', '2023-07'], { '2023': '2023-07', '2023-07': '2023-07' }],
    [['2023', '2023-07', '2023-07-14'], { '2023': '2023-07-14', '2023-07': '2023-07-14', '2023-07-14': '2023-07-14' }],
    [['', '2023-07'], { '': '2023-07', '2023-07': '2023-07' }],
    [['2023-06', '2023-09'], { '2023-06': '2023-06', '2023-09': '2023-09' }],
    [['2023', '2023-06', '2023-09'], { '2023': '2023', '2023-06': '2023-06', '2023-09': '2023-09' }],
    [['', '2023-06', '2023-09'], { '': '', '2023-06': '2023-06', '2023-09': '2023-09' }],
    [['2023-07', '2023-07-26', '2023-09'], { '2023-07': '2023-07-26', '2023-07-26': '2023-07-26', '2023-09': '2023-09' }],
    [['', '2023', '2024'], { '': '', '2023': '2023', '2024': '2024' }],
    [[''], { '': '' }],
  ];
  for (const [dates, want] of table) {
    assert.deepEqual(Object.fromEntries(resolveDates(dates)), want, dates.join(' '));
    assert.deepEqual(Object.fromEntries(resolveDates([...dates].reverse())), want, 'the order reports came in does not matter');
  }
});

const report = (id: string, articleId: string, participants: string[], date: string | null, place: string | null = null, kind: EventRecord['kind'] = 'exercise'): EventRecord =>
  ({ id, kind, articleId, date, precision: null, status: 'occurred', place, participants });

test('event resolution: nested participants, compatible dates and one place are one event; one article\'s reports never merge', () => {
  const table: [EventRecord[], string[][]][] = [
    [[report('a', 'A', ['US', 'KR', 'JP'], '2025-07-11'), report('b', 'B', ['US', 'KR'], '2025-07')], [['a', 'b']]],
    [[report('a', 'A', ['US', 'KR'], '2025-07-11'), report('b', 'B', ['US', 'KR'], '2025-07-12')], [['a'], ['b']]],
    [[report('a', 'A', ['US', 'KR'], null, 'place:seoul'), report('b', 'B', ['US', 'KR'], null, 'place:busan')], [['a'], ['b']]],
    [[report('a', 'A', ['US', 'KR'], null, 'place:seoul'), report('b', 'B', ['US', 'KR'], '2025')], [['a', 'b']]],
    [[report('a', 'A', ['US', 'KR'], null), report('b', 'B', ['US', 'JP'], null)], [['a'], ['b']]],
    [[report('a', 'A', ['RU', 'KP', 'CN'], null), report('b', 'A', ['RU', 'CN'], null)], [['a'], ['b']]],
    [[report('a', 'A', ['US', 'KR'], null, null, 'meeting'), report('b', 'B', ['US', 'KR'], null)], [['a'], ['b']]],
  ];
  for (const [reports, want] of table) {
    const got = [...clusterEvents(reports).values()].map((m) => m.map((r) => r.id).sort());
    assert.deepEqual(got, want);
    assert.deepEqual([...clusterEvents([...reports].reverse()).keys()], want.map((w) => w[0]), 'named by the first report, whatever the order');
  }
  const merged = mergeReports('a', [report('a', 'A', ['US', 'KR'], '2025'), { ...report('b', 'B', ['US', 'KR', 'JP'], '2025-07-11', 'place:seoul'), status: 'occurred' }]);
  assert.deepEqual([merged.date, merged.precision, merged.place, merged.participants, merged.articleIds], ['2025-07-11', 'day', 'place:seoul', ['US', 'KR', 'JP'], ['A', 'B']]);
});

test('independent sources: copies of one story count once, so do one outlet\'s stories', () => {
  const table: [[string, string | null, string | null][], number][] = [
    [[['a', 'a', 'AP'], ['b', 'b', 'Reuters']], 2],
    [[['a', 'a', 'AP'], ['b', 'a', 'Al Arabiya'], ['c', 'a', 'Khabarain']], 1],
    [[['a', 'a', 'AP'], ['b', 'b', 'ap ']], 1],
    [[['a', 'a', null], ['b', 'b', null]], 2],
    [[['a', 'a', 'X'], ['b', 'a', 'Y'], ['c', 'c', 'Y'], ['d', 'd', 'Z']], 2],
    [[], 0],
  ];
  for (const [rows, want] of table) assert.equal(independentSources(rows.map(([articleId, story, outlet]) => ({ articleId, story, outlet }))), want, JSON.stringify(rows));
});

test('near-duplicates: a lightly edited copy is above the threshold, another story far below', () => {
  const story = 'The defence ministers of South Korea, Japan and the United States met in Tokyo on Sunday to discuss North Korea and agreed to hold joint exercises in the summer, officials said after the talks ended late in the evening.';
  const copy = `Reuters - ${story.replace('late in the evening', 'in the evening')} Read more.`;
  const other = 'Russia and China opened a naval drill in the Sea of Japan on Monday with ships and aircraft, the Russian defence ministry said, the third such exercise this year amid tension with Washington.';
  assert.ok(similarity(signature(story), signature(copy)) >= 0.5);
  assert.ok(similarity(signature(story), signature(other)) < 0.1);
  assert.equal(duplicateGroup('c', signature(copy), [{ id: 'a', group: 'g', signature: signature(story) }, { id: 'o', group: 'o', signature: signature(other) }]), 'g');
  assert.equal(duplicateGroup('c', signature(other), [{ id: 'a', group: 'g', signature: signature(story) }]), 'c');
  assert.deepEqual(signature(''), []);
});

test('CAMEO codes: per predicate, 044 for a meeting in a third country', () => {
  assert.deepEqual(['VISITED', 'MET', 'JOINT_EXERCISE', 'SUPPLIED_ARMS_TO', 'DEPLOYED_TROOPS_TO', 'OFFICIAL_OF'].map((p) => cameoOf(p as never)), ['042', '040', '062', '072', '074', null]);
  assert.equal(cameoOfEvent('MET', 'KR', ['US', 'JP']), '044');
  assert.equal(cameoOfEvent('MET', 'KR', ['KR', 'JP']), '040');
  assert.equal(cameoOfEvent('MET', 'KR', ['US', null]), '040');
});
