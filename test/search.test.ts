import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { latinFold, searchKey } from '../src/api/search/name-key.ts';
import { seededApi } from './helpers/api.ts';

const api = await seededApi();
const search = async (q: string) => {
  const r = await api.ask('query($q: String!) { search(query: $q, limit: 5) { id type name } }', { q });
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  return r.body.data.search as { id: string; type: string; name: string }[];
};

describe('search finds entities by their English and Arabic names, variants, capitals and near spellings', () => {
  test('transliterations fold to one key', () => {
    assert.equal(latinFold('sergei'), latinFold('sergey'));
    assert.equal(latinFold('lavrof'), latinFold('lavrov'));
    assert.equal(latinFold('shoygu'), latinFold('shoigu'));
    assert.equal(searchKey('Zelenskyy'), searchKey('Zelensky'));
    assert.notEqual(searchKey('Seoul'), searchKey('Moscow'));
    assert.equal(searchKey('سِيرغي'), searchKey('سيرجي'));
  });

  const first: [string, string, string][] = [
    ['Sergei Lavrov', 'person:sergey-lavrov', 'Person'],
    ['Lavrof', 'person:sergey-lavrov', 'Person'],
    ['Lavrv', 'person:sergey-lavrov', 'Person'],
    ['Tokyo', 'country:JP', 'Country'],
    ['طوكيو', 'country:JP', 'Country'],
    ['Pyongyang', 'country:KP', 'Country'],
    ['بيونغ يانغ', 'country:KP', 'Country'],
    ['Pyongyng', 'country:KP', 'Country'],
    ['Moscow', 'country:RU', 'Country'],
    ['موسكو', 'country:RU', 'Country'],
    ['Seoul', 'country:KR', 'Country'],
    ['سيول', 'country:KR', 'Country'],
    ['Vladivostok', 'place:vladivostok', 'Place'],
    ['Shoygu', 'person:sergei-shoigu', 'Person'],
  ];
  for (const [q, id, type] of first) {
    test(`"${q}" finds ${id} first, typed ${type}`, async () => {
      const hits = await search(q);
      assert.equal(hits[0]?.id, id, JSON.stringify(hits));
      assert.equal(hits[0]?.type, type);
    });
  }

  test('ranked: the whole name before word matches before word beginnings', async () => {
    const korea = await search('Korea');
    assert.deepEqual(korea.slice(0, 2).map((h) => h.id).sort(), ['country:KP', 'country:KR']);
    assert.ok(korea.findIndex((h) => h.id === 'place:korean-peninsula') > 1, 'Korean Peninsula only begins with the word');
    const exact = await search('North Korea');
    assert.equal(exact[0]?.id, 'country:KP');
  });

  test('searchHits says how each hit matched: Tokyo is Japan by its capital', async () => {
    const r = await api.ask('{ searchHits(query: "Tokyo") { entity { id } type score matched by } }');
    assert.deepEqual(r.body.data.searchHits[0], { entity: { id: 'country:JP' }, type: 'Country', score: 90, matched: 'Tokyo', by: 'capital' });
    const near = await api.ask('{ searchHits(query: "Lavrv") { entity { id } score by } }');
    assert.deepEqual(near.body.data.searchHits[0], { entity: { id: 'person:sergey-lavrov' }, score: 20, by: 'name' });
  });

  test('a capital answers only for a country the store holds; nonsense finds nothing', async () => {
    assert.deepEqual(await search('Canberra'), []);
    assert.deepEqual(await search('Narnia'), []);
    assert.deepEqual(await search('   '), []);
  });
});
