import { readFileSync } from 'node:fs';

/** Colours of the Neo4j Browser style, so the explorer draws each label and type as Browser does. */
export interface GraphStyle {
  nodes: Record<string, { color: string; border: string; size: number }>;
  relationships: Record<string, { color: string; width: number }>;
}

export const GRASS_FILE = new URL('../../../cypher/browser/style.grass', import.meta.url);

/** Reads the few properties the explorer uses from a .grass stylesheet (selector { prop: value; ... }). */
export function parseGrass(text: string): GraphStyle {
  const style: GraphStyle = { nodes: {}, relationships: {} };
  const body = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, selector, block] of body.matchAll(/([\w.]+)\s*\{([^}]*)\}/g)) {
    const props = Object.fromEntries([...block!.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)].map(([, k, v]) => [k!, v!.trim()]));
    const [kind, name = '*'] = selector!.split('.');
    if (kind === 'node') {
      style.nodes[name] = { color: props.color ?? '#A5ABB6', border: props['border-color'] ?? '#9AA1AC', size: Number.parseInt(props.diameter ?? '50', 10) };
    } else if (kind === 'relationship') {
      style.relationships[name] = { color: props.color ?? '#A5ABB6', width: Number.parseInt(props['shaft-width'] ?? '1', 10) };
    }
  }
  return style;
}

let cached: GraphStyle | undefined;

export function browserStyle(): GraphStyle {
  cached ??= parseGrass(readFileSync(GRASS_FILE, 'utf8'));
  return cached;
}
