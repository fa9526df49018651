import { readFileSync } from 'node:fs';

/** seeds and cypher sit at the project root, two levels above this file in src/ and in dist/. */
export const CYPHER_DIR = new URL('../../../cypher/', import.meta.url);

/** Labels and relationship types that may stand in a query: a fixed list, never user input. */
export const ENTITY_LABELS = ['Country', 'Person', 'Organization', 'Place'] as const;
export const FACT_TYPES = ['VISITED', 'MET', 'DEPLOYED_TROOPS_TO', 'SUPPLIED_ARMS_TO', 'JOINT_EXERCISE', 'OFFICIAL_OF'] as const;
/** Labels and types beyond entities and facts, used by the export script that rebuilds a graph. */
export const OTHER_LABELS = ['Entity', 'Event', 'Article', 'EventReport'] as const;
/** Structural relationship types with the labels at their two ends. */
/**
 * The store's near-duplicate index, not graph content: MinHashBand nodes with HAS_BAND and an article's
 * minhash signature. Exports leave them out (src/export/graph-dump.ts), and so does comparing a
 * database rebuilt from an export with the store's own; a store rebuilt from an export groups the
 * articles ingested later among themselves only (docs/cli.md). EventReport nodes (each article's
 * report of an event, what re-resolving after a retract reads) are exported by the formats that
 * rebuild a Neo4j database (cypher, csv).
 */
export const BOOKKEEPING = { labels: ['MinHashBand', 'FactCounts'], types: ['HAS_BAND'], articleProps: ['minhash'] } as const;

export const LINK_ENDS = {
  MENTIONS: ['Article', 'Entity'],
  PARTICIPATED_IN: ['Entity', 'Event'],
  HELD_IN: ['Event', 'Entity'],
  LOCATED_IN: ['Entity', 'Entity'],
} as const;
export const LINK_TYPES = Object.keys(LINK_ENDS) as (keyof typeof LINK_ENDS)[];
const ALLOWED = new Set<string>([...ENTITY_LABELS, ...FACT_TYPES, ...OTHER_LABELS, ...LINK_TYPES]);
const FACT_SET = new Set<string>(FACT_TYPES);

type Slot = 'LABEL' | 'REL' | 'RELS' | 'FROM' | 'TO';

const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cypher`, CYPHER_DIR), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * A query from cypher/NAME.cypher with {{LABEL}}, {{REL}}, {{FROM}}, {{TO}} filled from the fixed lists;
 * {{RELS}} takes several fact types joined by '|' (`[r:VISITED|MET]`), each from FACT_TYPES.
 */
export function template(name: string, slots: Partial<Record<Slot, string>>): string {
  return cypher(name).replace(/\{\{(LABEL|REL|RELS|FROM|TO)\}\}/g, (_m, slot: Slot) => {
    const value = slots[slot];
    const parts = slot === 'RELS' ? (value ?? '').split('|') : [value ?? ''];
    if (!value || !parts.every((p) => (slot === 'RELS' ? FACT_SET.has(p) : ALLOWED.has(p)))) throw new Error(`refusing ${slot} ${JSON.stringify(value)}: not in the fixed list`);
    return value;
  });
}

/**
 * The pattern's types for a question over some fact types: Neo4j expands only the relationships of the
 * types written in the pattern (on a hub country, its hundreds of visits and not its thousands of
 * mentions); `type(r) IN $types` would read them all and filter. Sorted, so each set is one query text
 * (one plan in Neo4j's cache).
 */
export function factTypes(types: readonly string[]): string {
  return [...new Set(types)].sort().join('|');
}

/** Statements of a multi-statement file (schema.cypher), comments dropped. */
export function statements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
