import { readFileSync } from 'node:fs';
import worldCountries, { type Country } from 'world-countries';
import { LEXICON_DIR } from '../lexicon/load.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { FurnitureRules } from '../lexicon/types.ts';
import { phraseTokens, type EnToken } from './english-text.ts';

// world-countries' typings declare its default export as a namespace under NodeNext; it is the array.
const countries = worldCountries as unknown as Country[];

export type EnFormKind = 'name' | 'demonym' | 'capital' | 'surname';

interface EnEntry {
  id: string;
  kind: EnFormKind;
  keys: string[];
  /** How each word of the form is capitalised: the text must write it so too ("US", not "us"). */
  caps: ('upper' | 'cap' | 'any')[];
}

export interface EnMatch { id: string; kind: EnFormKind; from: number; to: number }

interface EnglishData {
  version: string;
  months: string[];
  monthAbbrev: string[];
  weekdays: string[];
  titles: Record<string, string[]>;
  formerWords: string[];
  cues: Record<string, string[]>;
  weapons: string[];
  hostVerbs: string[];
  exerciseVerbs: string[];
  modality: Record<'planned' | 'possible', string[]>;
  negation: string[];
  countryExtras: Record<string, string[]>;
  nameStops: string[];
  particles: string[];
  honorifics: string[];
  ranks: string[];
  portfolioWords: string[];
  furniture: { dropLine: string[]; dropRest: string[] };
}

// Ids under which phrase sets keep what they hold for a word in the word's slot (english-text.ts).
let nextSetId = 0;

/**
 * The entries of a set under a token's first word: asked of the token's word slot, where the set's
 * first answer for that word is kept, so the hash lookup runs once per word rather than once per
 * token and set (a dozen sets ask at every token). A set changed after use takes a new id.
 */
function entriesAt<E>(byFirst: Map<string, E[]>, id: number, t: EnToken | undefined): E[] | undefined {
  if (t === undefined) return byFirst.get('');
  let list = t.slot.found[id] as E[] | null | undefined;
  if (list === undefined) t.slot.found[id] = list = byFirst.get(t.key) ?? null;
  return list ?? undefined;
}

/** Word sequences by first word, longest first, for one lookup per token. */
export class KeyPhrases<V = true> {
  private readonly byFirst = new Map<string, { keys: string[]; value: V }[]>();
  private id = -1;
  add(phrase: string, value: V): void {
    this.id = -1;
    const keys = phrase.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
    if (!keys.length) return;
    const list = this.byFirst.get(keys[0]!) ?? [];
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
  }
  /** The longest phrase starting at token i: its value and end (exclusive). */
  at(toks: EnToken[], i: number): { value: V; to: number } | null {
    if (this.id < 0) this.id = nextSetId++;
    const list = entriesAt(this.byFirst, this.id, toks[i]);
    if (!list) return null;
    // Plain loops: this runs for every token with every phrase set, and closures cost a tenth of the run.
    outer: for (const e of list) {
      const keys = e.keys;
      if (i + keys.length > toks.length) continue;
      for (let j = 1; j < keys.length; j++) if (toks[i + j]!.key !== keys[j]) continue outer;
      return { value: e.value, to: i + keys.length };
    }
    return null;
  }
  has(key: string): boolean {
    return this.byFirst.has(key);
  }
}

/**
 * English forms of the lexicon's entities (countries from world-countries: names, demonyms,
 * capitals; people by their English names) and the English structure words of english.json.
 */
export class EnglishLexicon {
  readonly version: string;
  private readonly byFirst = new Map<string, EnEntry[]>();
  private id = -1;
  readonly months = new Map<string, number>();
  readonly weekdays = new Map<string, number>();
  readonly titles = new KeyPhrases<string>();
  readonly cues: Record<string, KeyPhrases>;
  readonly weapons = new KeyPhrases();
  readonly words: Record<'hostVerbs' | 'exerciseVerbs' | 'negation' | 'formerWords' | 'particles' | 'portfolio', Set<string>>;
  readonly modality = new KeyPhrases<'planned' | 'possible'>();
  /** Known people by the folded last word of their English name. */
  private readonly byLastName = new Map<string, string[]>();
  readonly honorifics = new KeyPhrases();
  /** Ranks written between an office and the name: "Defense Minister Gen. X". */
  readonly ranks = new KeyPhrases();
  readonly nameStops: Set<string>;
  readonly furniture: FurnitureRules;

  constructor(readonly lx: Lexicon) {
    const data = JSON.parse(readFileSync(new URL('english.json', LEXICON_DIR), 'utf8')) as EnglishData;
    this.version = data.version;
    data.months.forEach((m, i) => this.months.set(m, i + 1));
    data.monthAbbrev.forEach((m, i) => this.months.set(m, i + 1));
    this.months.set('sept', 9);
    data.weekdays.forEach((d, i) => this.weekdays.set(d, i));
    for (const [cls, list] of Object.entries(data.titles)) for (const t of list) this.titles.add(t, cls);
    this.cues = Object.fromEntries(Object.entries(data.cues).map(([k, v]) => [k, phrases(v)]));
    for (const w of data.weapons) this.weapons.add(w, true);
    for (const w of data.honorifics) this.honorifics.add(w, true);
    for (const w of data.ranks) this.ranks.add(w, true);
    for (const [k, list] of Object.entries(data.modality)) for (const w of list) this.modality.add(w, k as 'planned' | 'possible');
    this.words = {
      hostVerbs: new Set(data.hostVerbs), exerciseVerbs: new Set(data.exerciseVerbs), negation: new Set(data.negation),
      formerWords: new Set(data.formerWords), particles: new Set(data.particles), portfolio: new Set(data.portfolioWords),
    };
    this.nameStops = new Set(data.nameStops.map((w) => w.toLowerCase().replace(/\./g, '')));
    const re = (list: string[]) => list.map((p) => new RegExp(p, 'i'));
    this.furniture = { dropLine: re(data.furniture.dropLine), dropRest: re(data.furniture.dropRest) };
    this.indexCountries(data.countryExtras);
    this.indexPeopleAndPlaces();
  }

  private add(id: string, kind: EnFormKind, form: string): void {
    this.id = -1;
    const toks = phraseTokens(form);
    if (!toks.length) return;
    const e: EnEntry = { id, kind, keys: toks.map((t) => t.key), caps: toks.map((t) => (/^[A-Z.]{2,}$/.test(t.text) ? 'upper' : t.cap ? 'cap' : 'any')) };
    const list = this.byFirst.get(e.keys[0]!) ?? [];
    list.push(e);
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(e.keys[0]!, list);
  }

  private indexCountries(extras: Record<string, string[]>): void {
    // "American" is also the demonym of the Northern Mariana Islands, "French" of the French Southern
    // Lands: a demonym a sovereign state shares with a territory is the state's.
    const sovereign = new Set(countries.filter((c) => c.independent !== false).flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]));
    for (const c of countries) {
      const id = `country:${c.cca2}`;
      if (!this.lx.entity(id)) continue;
      for (const n of new Set([c.name.common, c.name.official, this.lx.entity(id)!.name, ...c.altSpellings.filter((s: string) => /^[A-Z][A-Za-z' .-]{3,}$/.test(s) && !/,/.test(s))])) this.add(id, 'name', n);
      for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean) as string[])) if (c.independent !== false || !sovereign.has(d)) this.add(id, 'demonym', d);
      for (const cap of c.capital ?? []) this.add(id, 'capital', cap.replace(/ D\.C\.$/, ''));
    }
    for (const [code, forms] of Object.entries(extras)) {
      for (const f of forms) this.add(`country:${code}`, /(an|ese|i|ish|ch|s|yz|akh|ek|ik|dic)$/.test(f) && !/^[A-Z.]+$/.test(f) && f.split(' ').length <= 2 && !/(ia|land|stan)$/.test(f) ? 'demonym' : 'name', f);
    }
  }

  private indexPeopleAndPlaces(): void {
    const surnames = new Map<string, string[]>();
    for (const e of this.lx.entities.values()) {
      if (e.type === 'Place') this.add(e.id, 'name', e.name);
      if (e.type !== 'Person' || !/^[A-Za-z]/.test(e.name)) continue;
      this.add(e.id, 'name', e.name);
      const parts = e.name.split(' ');
      // "Lloyd J. Austin" is also written "Lloyd Austin".
      const plain = parts.filter((p) => !/^[A-Z]\.$/.test(p));
      if (plain.length !== parts.length) this.add(e.id, 'name', plain.join(' '));
      // Korean given names are written joined too: "Kim Jong Un" is "Kim Jong-un", "Yoon Suk Yeol" "Yoon Suk-yeol".
      if ((e.countryCode === 'KR' || e.countryCode === 'KP') && plain.length === 3) {
        for (const given of [`${plain[1]}-${plain[2]!.toLowerCase()}`, `${plain[1]}-${plain[2]}`]) this.add(e.id, 'name', `${plain[0]} ${given}`);
      }
      const last = plain.at(-1)!.replace(/^(al|el)-/i, '');
      if (plain.length > 1 && last.length >= 4) surnames.set(last, [...(surnames.get(last) ?? []), e.id]);
      if (plain.length > 1) this.byLastName.set(foldLatin(plain.at(-1)!), [...(this.byLastName.get(foldLatin(plain.at(-1)!)) ?? []), e.id]);
    }
    // A surname alone names someone only when the lexicon marks it distinctive (it lists a lone
    // surname among the person's forms) and no other known person carries it.
    for (const [name, ids] of surnames) {
      if (ids.length === 1 && this.lx.entity(ids[0]!)!.aliases.some((a) => !a.includes(' '))) this.add(ids[0]!, 'surname', name);
    }
  }

  /**
   * "Serguei Shoigu" is the lexicon's "Sergei Shoigu": the one known person of that surname whose first
   * given name begins with the same three letters (transliterations differ later in the word).
   */
  personSpeltAlike(words: readonly string[], country: string | null): string | null {
    if (words.length < 2) return null;
    const first = foldLatin(words[0]!).slice(0, 3);
    const ids = (this.byLastName.get(foldLatin(words.at(-1)!)) ?? []).filter((id) => {
      const e = this.lx.entity(id)!;
      return foldLatin(e.name.split(' ')[0]!).slice(0, 3) === first && (!country || !e.countryCode || e.countryCode === country);
    });
    return ids.length === 1 ? ids[0]! : null;
  }

  /** Longest entity form at token i whose capitals the text keeps. */
  match(toks: EnToken[], i: number): EnMatch | null {
    if (this.id < 0) this.id = nextSetId++;
    const list = entriesAt(this.byFirst, this.id, toks[i]);
    if (!list) return null;
    outer: for (const e of list) {
      const keys = e.keys;
      if (i + keys.length > toks.length) continue;
      for (let j = 0; j < keys.length; j++) {
        const t = toks[i + j]!;
        if (t.key !== keys[j] || !written(t, e.caps[j]!)) continue outer;
      }
      return { id: e.id, kind: e.kind, from: i, to: i + keys.length };
    }
    return null;
  }
}

function written(t: EnToken, how: 'upper' | 'cap' | 'any'): boolean {
  return how === 'any' || (how === 'cap' ? t.cap : /^[A-Z.]+$/.test(t.text));
}

function phrases(list: string[]): KeyPhrases {
  const p = new KeyPhrases();
  for (const w of list) p.add(w, true);
  return p;
}

const cache = new WeakMap<Lexicon, EnglishLexicon>();
/** Built on first use, once per lexicon: Arabic-only runs never pay for it. */
export function englishLexicon(lx: Lexicon): EnglishLexicon {
  let e = cache.get(lx);
  if (!e) cache.set(lx, (e = new EnglishLexicon(lx)));
  return e;
}

function foldLatin(w: string): string {
  return w.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
