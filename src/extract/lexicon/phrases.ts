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
    const readings = clitics ? cliticReadings(token.key) : [{ prefix: '', stem: token.key }];
    for (const { prefix, stem } of readings) {
      for (const keys of this.byFirst.get(stem) ?? []) {
        if (keys.every((k, j) => j === 0 || tokens[i + j]?.key === k)) return { length: keys.length, prefix, phrase: keys.join(' ') };
      }
    }
    return null;
  }

  has(token: Token | undefined, clitics = false): boolean {
    if (!token) return false;
    const m = this.match([token], 0, clitics);
    return m !== null && m.length === 1;
  }
}
