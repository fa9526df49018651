import { cliticReadings } from '../text/clitics.ts';
import { normalizeArabic, phraseKey } from '../text/normalize.ts';
import type { Token } from '../text/tokenize.ts';
import { loadEntities, loadLanguage, type CountryTerm, type LoadOptions, type OfficeKind } from './load.ts';
import { AmbiguousForms } from './ambiguous-forms.ts';
import { PhraseSet } from './phrases.ts';
import type { EntityRecord, FurnitureRules, GazetteerEntry } from './types.ts';

interface LanguageData {
  version: string;
  months: Record<string, string[]>;
  weekdays: Record<string, string[]>;
  titles: Record<string, string[]>;
  officeWords: string[];
  oldnessWords: string[];
  cues: Record<string, string[]>;
  modality: Record<string, string[]>;
  reporting: string[];
  clauseStarters: string[];
  groupAnaphora: Record<string, string[]>;
  stopwords: string[];
  delegationHeads: string[];
  honorifics: string[];
  nameStops: string[];
  givenNames: string[];
  /** Weapon systems by model, with the ISO code of the state whose industry makes them. */
  armsModels?: Record<string, string>;
  forces: string[];
  furniture: { dropLine: string[]; dropRest: string[] };
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  length: number;
  prefix: string;
}

/** Everything the extractor knows as data: entities with their surface forms, and the words of structure. */
export class Lexicon {
  readonly versions: Record<string, string>;
  readonly entities: Map<string, EntityRecord>;
  /** Dated offices of known people: who was the Egyptian foreign minister in March 2021. */
  private readonly holders = new Map<string, { id: string; from: string; to: string }[]>();
  private readonly byFirst = new Map<string, GazetteerEntry[]>();
  private readonly ambiguous: AmbiguousForms;
  /** In an article's view (forArticle): the ambiguous forms its words decide, by first key. */
  private decided: Map<string, GazetteerEntry[]> | null = null;
  readonly months: Map<string, number>;
  readonly weekdays: Map<string, number>;
  /** First words of month names ("كانون" of "كانون الثاني"), to skip tokens that cannot start a date. */
  readonly monthFirstWords: Set<string>;
  readonly titles: Map<string, PhraseSet>;
  /** Every title of every class, for one lookup per token. */
  readonly anyTitle: PhraseSet;
  /** Words that carry structure (cues, titles, offices, reporting verbs): never part of a name. */
  readonly structural: PhraseSet;
  /** First words of every entity form and title. */
  private readonly mentionFirsts = new Set<string>();
  /** All relation cues in one set: a token that starts none of them needs no rule. */
  readonly anyCue: PhraseSet;
  readonly cues: Record<string, PhraseSet>;
  readonly modality: Record<string, PhraseSet>;
  readonly words: Record<'office' | 'oldness' | 'reporting' | 'clauseStarters' | 'stopwords' | 'delegationHeads' | 'forces' | 'honorifics' | 'nameStops' | 'givenNames', PhraseSet>;
  readonly groupAnaphora: Map<number, PhraseSet>;
  /** "رافال" -> FR, "اس 400" -> RU: a model's folded key (head word, then its number) and its maker. */
  readonly armsModels: Map<string, string>;
  /** The first words of those keys. */
  readonly armsModelHeads: Set<string>;
  readonly furniture: FurnitureRules;

  constructor(opts: LoadOptions = {}) {
    const loaded = loadEntities(opts);
    const lang = loadLanguage<LanguageData>();
    this.versions = { ...loaded.versions, language: lang.version };
    this.entities = loaded.entities;
    for (const [id, terms] of loaded.terms) for (const t of terms) this.addHolder(id, t);
    this.ambiguous = this.indexEntries(loaded.entries);
    for (const k of this.byFirst.keys()) this.mentionFirsts.add(k);
    for (const k of this.ambiguous.firstKeys()) this.mentionFirsts.add(k);
    for (const list of Object.values(lang.titles)) for (const t of list) this.mentionFirsts.add(phraseKey(t).split(' ')[0]!);
    this.months = wordMap(lang.months);
    this.weekdays = wordMap(lang.weekdays);
    this.monthFirstWords = new Set([...this.months.keys()].map((k) => k.split(' ')[0]!));
    this.titles = new Map(Object.entries(lang.titles).map(([k, v]) => [k, new PhraseSet(v)]));
    this.anyTitle = new PhraseSet(Object.values(lang.titles).flat());
    this.structural = new PhraseSet([...Object.values(lang.cues).flat(), ...Object.values(lang.titles).flat(), ...lang.officeWords, ...lang.oldnessWords, ...lang.reporting, ...Object.values(lang.modality).flat()]);
    this.cues = mapValues(lang.cues, (v) => new PhraseSet(v));
    this.anyCue = new PhraseSet(['visit', 'meet', 'send', 'troops', 'giveArms', 'sendArms', 'receiveArms', 'exercise'].flatMap((k) => lang.cues[k] ?? []));
    this.modality = mapValues(lang.modality, (v) => new PhraseSet(v));
    this.words = {
      office: new PhraseSet(lang.officeWords),
      oldness: new PhraseSet(lang.oldnessWords),
      reporting: new PhraseSet(lang.reporting),
      clauseStarters: new PhraseSet(lang.clauseStarters),
      stopwords: new PhraseSet(lang.stopwords),
      delegationHeads: new PhraseSet(lang.delegationHeads),
      forces: new PhraseSet(lang.forces),
      honorifics: new PhraseSet(lang.honorifics),
      nameStops: new PhraseSet(lang.nameStops),
      givenNames: new PhraseSet(lang.givenNames ?? []),
    };
    this.armsModels = new Map(Object.entries(lang.armsModels ?? {}).map(([form, code]) => [phraseKey(form), code]));
    this.armsModelHeads = new Set([...this.armsModels.keys()].map((k) => k.split(' ')[0]!));
    this.groupAnaphora = new Map(Object.entries(lang.groupAnaphora).map(([n, v]) => [Number(n), new PhraseSet(v)]));
    this.furniture = {
      // Lines are normalised before they are tested, so the patterns are too.
      dropLine: combine(lang.furniture.dropLine),
      dropRest: combine(lang.furniture.dropRest),
    };
  }

  private indexEntries(entries: GazetteerEntry[]): AmbiguousForms {
    // A form that names two different entities (a word that is both a capital and a common noun in
    // another country's list) is ambiguous: it is dropped unless the article says which (forArticle).
    const owners = new Map<string, Set<string>>();
    for (const e of entries) {
      const k = e.keys.join(' ');
      owners.set(k, (owners.get(k) ?? new Set()).add(e.entityId));
    }
    const ambiguous: GazetteerEntry[] = [];
    const clear: GazetteerEntry[] = [];
    for (const e of entries) {
      if ((owners.get(e.keys.join(' '))?.size ?? 0) > 1) {
        ambiguous.push(e);
        continue;
      }
      clear.push(e);
      const list = this.byFirst.get(e.keys[0]!) ?? [];
      list.push(e);
      this.byFirst.set(e.keys[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    const countryOf = (id: string) => (id.startsWith('country:') ? id : this.entities.get(id)?.countryCode ? `country:${this.entities.get(id)!.countryCode}` : null);
    return new AmbiguousForms(ambiguous.filter((e) => e.keys.length === 1), clear, countryOf);
  }

  /**
   * This lexicon for one article whose tokens are given: an ambiguous form ("عمان") that the
   * article's other words decide is read as the entity they name. The same lexicon when none is decided.
   */
  forArticle(sentences: readonly (readonly Token[])[]): Lexicon {
    // Most articles hold no ambiguous form: one map lookup per word says so before any set is built.
    if (this.ambiguous.size === 0 || !this.holdsAmbiguous(sentences)) return this;
    const words = new Set<string>();
    for (const toks of sentences) for (const t of toks) for (const r of t.readings) words.add(r.stem);
    const decided = this.ambiguous.decide(words);
    if (decided.size === 0) return this;
    const view = Object.create(this) as Lexicon;
    view.decided = decided;
    return view;
  }

  /** Whether any entity or title can start at this token: most words of an article start neither. */
  mayStartMention(token: Token): boolean {
    for (const { stem } of token.readings) if (this.mentionFirsts.has(stem)) return true;
    return false;
  }

  /** Longest lexicon entry starting at token i; clitics on the first token are allowed. */
  matchEntity(tokens: Token[], i: number): GazetteerMatch | null {
    const token = tokens[i];
    if (!token || token.kind !== 'word') return null;
    let best: GazetteerMatch | null = null;
    for (const { prefix, stem } of token.readings) {
      for (const entry of this.byFirst.get(stem) ?? []) {
        if (best && best.length >= entry.keys.length) break;
        if (entry.keys.every((k, j) => j === 0 || tokens[i + j]?.key === k)) best = { entry, length: entry.keys.length, prefix };
      }
      // An ambiguous form the article decided (forArticle): one word, so any longer match above wins.
      const decided: GazetteerEntry | undefined = this.decided === null || best ? undefined : this.decided.get(stem)?.[0];
      if (decided) best = { entry: decided, length: 1, prefix };
      if (best) break;
    }
    return best ?? this.doubledYa(token);
  }

  private holdsAmbiguous(sentences: readonly (readonly Token[])[]): boolean {
    // The forms are single words; with at most two letters of clitics before them ("بعمان"، "وبطرابلس").
    for (const toks of sentences) for (const t of toks) {
      const k = t.key;
      if (k.length >= 4 && (this.ambiguous.has(k) || this.ambiguous.has(k.slice(1)) || this.ambiguous.has(k.slice(2)))) return true;
    }
    return false;
  }

  /** "الرئيس الفرنسيي": a nationality typed with its final ي doubled is still that nationality. */
  private doubledYa(token: Token): GazetteerMatch | null {
    const k = token.key;
    if (!k.endsWith('يي') || !k.startsWith('ال') || k.length < 7) return null;
    const entry = this.byFirst.get(k.slice(0, -1))?.find((e) => e.kind === 'nisba' && e.keys.length === 1);
    return entry ? { entry, length: 1, prefix: '' } : null;
  }

  /**
   * A known person whose name has the same first and last word as a name found in text: Korean and
   * Chinese names are often cut to two of their three words ("تشوي هوي" for "تشوي سون هوي").
   */
  personByEnds(keys: string[]): EntityRecord | undefined {
    if (keys.length < 2) return undefined;
    const first = keys[0]!;
    const last = keys.at(-1)!;
    const hits = new Set<string>();
    for (const e of this.byFirst.get(first) ?? []) {
      if (e.kind === 'name' && e.keys.length > keys.length && e.keys.at(-1) === last && e.entityId.startsWith('person:')) hits.add(e.entityId);
    }
    return hits.size === 1 ? this.entities.get([...hits][0]!) : undefined;
  }

  private addHolder(id: string, t: CountryTerm): void {
    if (!t.from) return; // a term whose start is unknown cannot say who held the office in a given month
    const k = `${t.country}|${t.office}`;
    const list = this.holders.get(k) ?? [];
    list.push({ id, from: t.from, to: t.to ?? '9999-99' });
    this.holders.set(k, list);
  }

  /**
   * The one person who held an office of a country in a month ("YYYY-MM"), or undefined when the
   * lexicon knows none or several (a change of office that month): a wrong name is worse than none.
   */
  holderOf(country: string, office: OfficeKind, month: string): EntityRecord | undefined {
    const hits = new Set((this.holders.get(`${country}|${office}`) ?? []).filter((h) => h.from <= month && month <= h.to).map((h) => h.id));
    return hits.size === 1 ? this.entities.get([...hits][0]!) : undefined;
  }

  entity(id: string): EntityRecord | undefined {
    return this.entities.get(id);
  }
}

/**
 * Furniture patterns as two regexes: the anchored ones ("^شاهد أيضا") under one ^ so they are tried
 * at the start of a line only, the rest on their own. Lines are normalised (and lower-cased) before
 * the test, so the patterns are normalised the same way and need no i flag.
 */
function combine(patterns: string[]): RegExp[] {
  const norm = patterns.map((p) => normalizeArabic(p));
  const anchored = norm.filter((p) => p.startsWith('^')).map((p) => `(?:${p.slice(1)})`);
  const free = norm.filter((p) => !p.startsWith('^')).map((p) => `(?:${p})`);
  return [...(anchored.length ? [new RegExp(`^(?:${anchored.join('|')})`)] : []), ...(free.length ? [new RegExp(free.join('|'))] : [])];
}

function wordMap(data: Record<string, string[]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [n, words] of Object.entries(data)) for (const w of words) m.set(phraseKey(w), Number(n));
  return m;
}

function mapValues<T, U>(obj: Record<string, T>, f: (v: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, f(v)]));
}

let shared: Lexicon | null = null;
/** The lexicon is read once per process: loading it costs tens of milliseconds. */
export function defaultLexicon(): Lexicon {
  shared ??= new Lexicon();
  return shared;
}
