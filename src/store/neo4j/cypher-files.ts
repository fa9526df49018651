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
export const BOOKKEEPING = { labels: ['MinHashBand'], types: ['HAS_BAND'], articleProps: ['minhash'] } as const;

export const LINK_ENDS = {
  MENTIONS: ['Article', 'Entity'],
  PARTICIPATED_IN: ['Entity', 'Event'],
  HELD_IN: ['Event', 'Entity'],
  LOCATED_IN: ['Entity', 'Entity'],
} as const;
export const LINK_TYPES = Object.keys(LINK_ENDS) as (keyof typeof LINK_ENDS)[];
const ALLOWED = new Set<string>([...ENTITY_LABELS, ...FACT_TYPES, ...OTHER_LABELS, ...LINK_TYPES]);

type Slot = 'LABEL' | 'REL' | 'FROM' | 'TO';

const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cypher`, CYPHER_DIR), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** A query from cypher/NAME.cypher with {{LABEL}}, {{REL}}, {{FROM}}, {{TO}} filled from the fixed lists. */
export function template(name: string, slots: Partial<Record<Slot, string>>): string {
  return cypher(name).replace(/\{\{(LABEL|REL|FROM|TO)\}\}/g, (_m, slot: Slot) => {
    const value = slots[slot];
    if (!value || !ALLOWED.has(value)) throw new Error(`refusing ${slot} ${JSON.stringify(value)}: not in the fixed list`);
    return value;
  });
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
