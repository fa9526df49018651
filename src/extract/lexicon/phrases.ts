import { cliticReadings } from '../text/clitics.ts';
import { phraseKey } from '../text/normalize.ts';
import type { Token } from '../text/tokenize.ts';

export interface PhraseMatch {
  length: number;
  prefix: string;
  phrase: string;
}

/**
 * A set of one- or multi-word phrases matched on token keys; the first word may carry clitics.
 * Longest phrase wins.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) this.add(p);
  }

  add(phrase: string): void {
    const keys = phraseKey(phrase).split(' ').filter(Boolean);
    const first = keys[0];
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    list.push(keys);
    list.sort((a, b) => b.length - a.length);
    this.byFirst.set(first, list);
  }

  match(tokens: Token[], i: number, clitics = true): PhraseMatch | null {
    const token = tokens[i];
    if (!token || token.kind === 'punct') return null;
    if (!clitics && !this.byFirst.has(token.key)) return null;
    const readings = clitics ? cliticReadings(token.key) : [{ prefix: '', stem: token.key }];
    for (const { prefix, stem } of readings) {
      for (const keys of this.byFirst.get(stem) ?? []) {
        if (keys.every((k, j) => j === 0 || tokens[i + j]?.key === k)) return { length: keys.length, prefix, phrase: keys.join(' ') };
      }
    }
    return null;
  }

  /** True when the token alone (with clitics, if allowed) is a one-word phrase of the set. */
  has(token: Token | undefined, clitics = false): boolean {
    if (!token || token.kind === 'punct') return false;
    const readings = clitics ? cliticReadings(token.key) : [{ prefix: '', stem: token.key }];
    for (const { stem } of readings) if (this.byFirst.get(stem)?.some((keys) => keys.length === 1)) return true;
    return false;
  }
}

/** Marks the tokens of a sentence at which any phrase of the sets may start: rules look only there. */
export function startPositions(tokens: Token[], sets: PhraseSet[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (sets.some((s) => s.match(tokens, i) !== null)) out.add(i);
  return out;
}
