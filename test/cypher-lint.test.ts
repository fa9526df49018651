import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { cypher, ENTITY_LABELS, FACT_TYPES, LINK_ENDS, LINK_TYPES, statements, template } from '../src/store/neo4j/cypher-files.ts';

// The official Cypher linter; its ESM build does not load on Node 20, its CommonJS build does.
const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, schema: Record<string, unknown>): { severity: number; message: string }[];
};

const params = ['articleId', 'article', 'rows', 'ids', 'id', 'limit', 'offset', 'types', 'anchor', 'cap', 'query', 'from', 'to', 'after', 'candidates', 'articleIds', 'articles', 'bands', 'perBand', 'events', 'pairs', 'other', 'direction', 'symmetric', 'groups', 'depth', 'delta', 'counts'];
const LISTS = new Set(['rows', 'ids', 'types', 'articleIds', 'articles', 'bands', 'events', 'pairs', 'symmetric']);
const schema = {
  labels: [...ENTITY_LABELS, 'Entity', 'Event', 'Article', 'EventReport', 'MinHashBand', 'FactCounts'],
  relationshipTypes: [...FACT_TYPES, 'MENTIONS', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN', 'HAS_BAND'],
  parameters: Object.fromEntries(params.map((p) => [p, p === 'article' ? { id: 'x' } : LISTS.has(p) ? [] : p === 'perBand' || p === 'delta' ? 8 : p === 'counts' ? { VISITED: 1 } : 'x'])),
  propertyKeys: ['id', 'name', 'nameAr', 'aliases', 'type', 'code', 'countryCode', 'role', 'known', 'articleId', 'key', 'published', 'kind', 'date', 'precision', 'status', 'evidence', 'source', 'title', 'eventId', 'props', 'searchKeys', 'event', 'articleIds', 'reportIds', 'reportedDate', 'duplicateGroup', 'minhash', 'ingestedAt', 'story', 'outlet', 'cameo', 'writes', 'kept', ...FACT_TYPES],
};

function variants(name: string): string[] {
  if (name === 'examples') return statements(name);
  const text = cypher(name);
  if (text.includes('{{FROM}}')) return LINK_TYPES.map((rel) => template(name, { REL: rel, FROM: LINK_ENDS[rel][0], TO: LINK_ENDS[rel][1] }));
  if (name === 'rebuild-nodes') return ['Event', 'Article', 'EventReport'].map((label) => template(name, { LABEL: label }));
  if (text.includes('{{RELS}}')) return [FACT_TYPES[0], FACT_TYPES.join('|')].map((rels) => template(name, { RELS: rels }));
  if (text.includes('{{REL}}')) return FACT_TYPES.map((rel) => template(name, { REL: rel, LABEL: undefined }));
  if (text.includes('{{LABEL}}')) return ENTITY_LABELS.map((label) => template(name, { LABEL: label, REL: undefined }));
  return name === 'schema' ? statements(name) : [text];
}

describe('every cypher/*.cypher passes the Cypher linter', () => {
  const names = readdirSync(new URL('../cypher/', import.meta.url)).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, ''));
  for (const name of names) {
    test(name, () => {
      for (const query of variants(name)) {
        const errors = lintCypherQuery(query, schema).filter((d) => d.severity === 1);
        assert.deepEqual(errors.map((e) => e.message), [], query);
      }
    });
  }
  test('the linter does catch errors (it is not a no-op)', () => {
    assert.ok(lintCypherQuery('MATCH (n:Person {id: $nope}) RETRUN n', schema).some((d) => d.severity === 1));
  });
});
