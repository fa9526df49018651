import type { PropValue } from './graph-dump.ts';

export type PropKind = 'string' | 'int' | 'float' | 'boolean' | 'string[]';

/** The graph model's few non-string properties; every other property is a string. */
const KINDS: Record<string, PropKind> = {
  evidenceStart: 'int',
  evidenceEnd: 'int',
  confidence: 'float',
  known: 'boolean',
  aliases: 'string[]',
  searchKeys: 'string[]',
  articleIds: 'string[]',
  reportIds: 'string[]',
  participants: 'string[]',
};

export function kindOf(name: string): PropKind {
  return KINDS[name] ?? 'string';
}

/** Property names in first-seen order over a set of property maps: the columns or keys a format declares. */
export function propertyNames(items: Iterable<{ props: Record<string, PropValue> }>): string[] {
  const names = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.props)) names.add(k);
  return [...names];
}

/** Reads a property back from its text form (GraphML data, CSV cell) by the kind its name has. */
export function parseProp(name: string, text: string): PropValue {
  switch (kindOf(name)) {
    case 'int': return Number.parseInt(text, 10);
    case 'float': return Number(text);
    case 'boolean': return text === 'true';
    case 'string[]': return JSON.parse(text) as string[];
    default: return text;
  }
}
