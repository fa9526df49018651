import type { GazetteerEntry } from './types.ts';

/**
 * Forms that name two entities: "عمان" is Amman, the capital of Jordan, and Oman. The lexicon drops
 * them rather than guess; an article that names only one of the two elsewhere ("الأردن"، "الأردني" or
 * "سلطنة عمان"، "العماني") says which one it means, and then the form is read as that one.
 */
export class AmbiguousForms {
  /** Ambiguous forms by their first key, each with its candidate entries. */
  private readonly forms = new Map<string, GazetteerEntry[]>();
  /** The one-word forms of each candidate entity that name it without doubt. */
  private readonly signals = new Map<string, Set<string>>();

  /**
   * countryOf: the country an entity is or lies in ("country:LB" for Tripoli in Lebanon), whose forms
   * speak for it: "طرابلس" is Libya's capital in an article that says "ليبيا" and Lebanon's city in one that
   * says "لبنان".
   */
  constructor(ambiguous: GazetteerEntry[], unambiguous: Iterable<GazetteerEntry>, private readonly countryOf: (entityId: string) => string | null) {
    for (const e of ambiguous) this.forms.set(e.keys[0]!, [...(this.forms.get(e.keys[0]!) ?? []), e]);
    const wanted = new Set(ambiguous.map((e) => countryOf(e.entityId) ?? e.entityId));
    for (const e of unambiguous) {
      if (!wanted.has(e.entityId) || e.keys.length !== 1) continue;
      this.signals.set(e.entityId, (this.signals.get(e.entityId) ?? new Set()).add(e.keys[0]!));
    }
  }

  get size(): number {
    return this.forms.size;
  }

  /** The first keys of every ambiguous form: a token that may start one may start a mention. */
  firstKeys(): Iterable<string> {
    return this.forms.keys();
  }

  /** Whether this word stem may be an ambiguous form: most articles have none, and need no more work. */
  has(stem: string): boolean {
    return this.forms.has(stem);
  }

  /** For an article whose words (token stems) are given: the forms its other words decide, by first key. */
  decide(words: ReadonlySet<string>): Map<string, GazetteerEntry[]> {
    const out = new Map<string, GazetteerEntry[]>();
    for (const [first, candidates] of this.forms) {
      if (!words.has(first)) continue;
      const named = candidates.filter((c) => [...(this.signals.get(this.countryOf(c.entityId) ?? c.entityId) ?? [])].some((k) => words.has(k)));
      if (new Set(named.map((c) => c.entityId)).size === 1) out.set(first, named);
    }
    return out;
  }
}
