import type { PropValue } from './graph-dump.ts';
import { kindOf } from './properties.ts';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A Cypher string literal. JSON's string escapes (\" \\ \n \t \uXXXX ...) are all Cypher escapes, so
 * JSON.stringify of a well-formed string is a safe Cypher string whatever the article said.
 */
export function cypherString(s: string): string {
  return JSON.stringify(s.replace(LONE_SURROGATE, '\uFFFD'));
}

/** Half a surrogate pair has no Cypher escape: it becomes U+FFFD, as a UTF-8 writer would make it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function key(k: string): string {
  return IDENTIFIER.test(k) ? k : `\`${k.replaceAll('`', '``')}\``;
}

/** A property value as a Cypher literal; a float property stays a float even when it is whole (1.0, not 1). */
export function cypherValue(name: string, v: PropValue): string {
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`property ${name}: ${v} has no Cypher literal`);
    return kindOf(name) === 'float' && Number.isInteger(v) ? v.toFixed(1) : String(v);
  }
  return String(v);
}

export function cypherMap(props: Record<string, PropValue>): string {
  return `{${Object.entries(props).map(([k, v]) => `${key(k)}: ${cypherValue(k, v)}`).join(', ')}}`;
}
