import { cliticReadings } from '../text/clitics.ts';
import { phraseKey } from '../text/normalize.ts';
import type { Token } from '../text/tokenize.ts';

export interface PhraseMatch {
  length: number;
  prefix: string;
  phrase: string;
}

interface Phrase {
  keys: string[];
  phrase: string;
}

const NO_CLITICS = (key: string) => [{ prefix: '', stem: key }];

/**
 * A set of one- or multi-word phrases matched on token keys; the first word may carry clitics.
 * Longest phrase wins. This runs for every token of every article, so it avoids allocating.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly single = new Set<string>();

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) this.add(p);
  }

  add(text: string): void {
    const keys = phraseKey(text).split(' ').filter(Boolean);
    const first = keys[0];
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ keys, phrase: keys.join(' ') });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(first, list);
    if (keys.length === 1) this.single.add(first);
  }

  match(tokens: Token[], i: number, clitics = true): PhraseMatch | null {
    const token = tokens[i];
    if (!token || token.kind === 'punct') return null;
    const readings = clitics ? token.readings ?? cliticReadings(token.key) : NO_CLITICS(token.key);
    for (let r = 0; r < readings.length; r++) {
      const list = this.byFirst.get(readings[r]!.stem);
      if (!list) continue;
      for (const { keys, phrase } of list) {
        let ok = true;
        for (let j = 1; j < keys.length && ok; j++) ok = tokens[i + j]?.key === keys[j];
        if (ok) return { length: keys.length, prefix: readings[r]!.prefix, phrase };
      }
    }
    return null;
  }

  /** True when this normalised word is a one-word phrase of the set. */
  hasKey(key: string): boolean {
    return this.single.has(key);
  }

  /** True when the token alone (with clitics, if allowed) is a one-word phrase of the set. */
  has(token: Token | undefined, clitics = false): boolean {
    if (!token || token.kind === 'punct') return false;
    if (this.single.has(token.key)) return true;
    if (!clitics) return false;
    const readings = cliticReadings(token.key);
    for (let r = 1; r < readings.length; r++) if (this.single.has(readings[r]!.stem)) return true;
    return false;
  }
}
