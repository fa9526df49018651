import type { Lexicon } from '../lexicon/lexicon.ts';
import { slug } from '../lexicon/load.ts';
import type { EntityRecord } from '../lexicon/types.ts';
import { phraseKey } from '../text/normalize.ts';
import { isComma, type Token } from '../text/tokenize.ts';
import type { Mention } from './mention.ts';
import { ALI_NAME, DEMONSTRATIVE, JOINED_VERB, OFFICE_AFTER_PREPOSITION, span, stemOf } from './name-shapes.ts';
import { OfficeHolders } from './office-holders.ts';
import { OFFICIAL_CLASSES, PersonRegistry } from './registry.ts';
import { roleKey, type TitlePhrase } from './titles.ts';

/**
 * What the mention readers share about one article's people: which words can be name words, the
 * registry of people named so far, the people found without the lexicon, and how a name and its
 * title become a person and a mention.
 */
export class PersonNamer {
  readonly registry: PersonRegistry;
  /** Newly found people, by id, so the article can list them. */
  readonly found = new Map<string, EntityRecord>();
  /** Who held an office in the month of publication, for a title without a name. */
  readonly holders: OfficeHolders;

  /** month: "YYYY-MM" of the article, to resolve a title without a name to the office holder of the day. */
  constructor(readonly lx: Lexicon, month: string | null) {
    this.registry = new PersonRegistry(lx);
    this.holders = new OfficeHolders(lx, month);
  }

  /** The end of a name chained on by بن / آل after k: "... بن تيمور آل سعيد". */
  chainEnd(toks: Token[], k: number): number {
    while (/^(بن|ابن|بنت|ال)$/.test(toks[k]?.key ?? '') && toks[k]!.text !== 'ال' && this.nameLike(toks[k + 1])) k += 2;
    return k;
  }

  /** The word at k names a person: the lexicon's, or a surname of someone the article named. */
  personWord(toks: Token[], k: number): boolean {
    const g = this.lx.matchEntity(toks, k);
    if (g) return this.lx.entity(g.entry.entityId)?.type === 'Person';
    return !!this.registry.bySurname(stemOf(toks[k]!), {});
  }

  /** The token may be a word of a person's name: not a stopword, office word, month, verb joined by و or fused preposition. */
  nameLike(t: Token | undefined): boolean {
    if (!t || t.kind !== 'word' || t.norm.length < 2) return false;
    // A preposition fused with the article ("بالمسؤولين"، "للبلاد") starts a phrase, never a name.
    // (Not a short word: "فال" and "فالح" are names.)
    if ((/^(بال|كال|فال|لل)/.test(t.key) && t.key.length > 4) || DEMONSTRATIVE.test(t.key)) return false;
    // "... عباسي واستعرض الجانبان": a verb joined by و starts the next clause, not a name's next word.
    if (JOINED_VERB.test(t.key)) return false;
    // "وزير الدفاع السعودي والأخير يؤكد ...": "the latter" points back to someone, it is no name word.
    if (/^[وف]?(الاخير|الاخيره)$/.test(t.key)) return false;
    // "خالد السهيلي بمساعد وزير ...": an office word after ب / ل opens the next phrase.
    const c0 = t.key.charCodeAt(0);
    if ((c0 === 0x628 || c0 === 0x644) && OFFICE_AFTER_PREPOSITION.test(t.key)) return false;
    // "علي" written with ya is the name Ali; only "على" with alif maqsura is the preposition.
    if (ALI_NAME.test(t.text)) return true;
    // "شرحاً"، "زيارتنا"، "ترشيحاته": a noun with tanween, "our", or a plural with "his/her/their" is no
    // name word (no name of the lexicon or the corpus gold ends so; "شحاته" is too short to be taken).
    if (/[\u064B]/.test(t.text) || (t.key.length >= 5 && /تنا$/.test(t.key)) || (t.key.length >= 6 && /ات(ه|ها|هم)$/.test(t.key))) return false;
    const lx = this.lx;
    if (lx.words.stopwords.has(t) || (t.key.startsWith('و') && lx.words.stopwords.hasKey(t.key.slice(1)))) return false;
    if (lx.structural.has(t, true) || this.nameStop(t)) return false;
    return !lx.months.has(t.key) && !lx.weekdays.has(t.key);
  }

  /**
   * A word that ends a name. A short word is read with a conjunction only: "وله" is "and to him", but the
   * Mauritanian name "بله" is no "بـ + له".
   */
  private nameStop(t: Token): boolean {
    const stops = this.lx.words.nameStops;
    if (t.key.length > 4) return stops.has(t, true);
    return stops.has(t) || (/^[وف]/.test(t.key) && stops.hasKey(t.key.slice(1)));
  }

  /** "X، من البحرية الملكية السعودية": the force or body a titled man is "from", named right after him, gives his state. */
  private affiliationAfter(toks: Token[], to: number): string | null {
    if (!isComma(toks[to]?.text) || toks[to + 1]?.key !== 'من') return null;
    for (let k = to + 2; k < to + 7 && k < toks.length && toks[k]!.kind === 'word'; k++) {
      const m = this.lx.matchEntity(toks, k);
      const e = m ? this.lx.entity(m.entry.entityId) : undefined;
      if (e?.type === 'Country') return e.code ?? null;
    }
    return null;
  }

  /** joined: the first word carries the list's conjunction و, which is not part of the name. */
  newPerson(toks: Token[], from: number, to: number, title: TitlePhrase, joined = false): EntityRecord {
    const nameAr = joined ? span(toks, from, to).slice(1) : span(toks, from, to);
    const known = this.lx.personByEnds(toks.slice(from, to).map((t, k) => (joined && k === 0 ? t.key.slice(1) : t.key)));
    if (known && (!title.country || !known.countryCode || known.countryCode === title.country)) return known;
    // "العاهل الأردني الملك عبد الله": the first names of the one who held that office then are he.
    // (A first name or two only: a longer name is no short reference to someone.)
    const holder = to - from <= 2 ? this.holders.named(title, phraseKey(nameAr)) : null;
    if (holder) return holder;
    const id = `person:ar-${slug(phraseKey(nameAr))}`;
    const existing = this.found.get(id);
    if (existing) return existing;
    const e: EntityRecord = {
      id, type: 'Person', name: nameAr, nameAr, aliases: [], known: false,
      countryCode: title.roleClass === 'civilian' ? null : title.country, role: title.role,
    };
    this.found.set(id, e);
    return e;
  }

  mention(e: EntityRecord, title: TitlePhrase, from: number, to: number, toks: Token[], at: (i: number) => number, kind: Mention['kind']): Mention {
    if (title.country === null && title.roleClass !== 'civilian') title = { ...title, country: this.affiliationAfter(toks, to) };
    this.registry.see(e, at(from), span(toks, from, to), { country: title.roleClass === 'civilian' ? null : title.country, role: title.role, roleClass: title.roleClass });
    if (title.country === null && !title.former && OFFICIAL_CLASSES.has(title.roleClass)) this.registry.noteBareTitle(roleKey(title, toks), e.id);
    if (!title.former && OFFICIAL_CLASSES.has(title.roleClass)) this.registry.noteTitle(roleKey(title, toks), e.id);
    return { ids: [e.id], type: 'Person', kind, from: title.from, to, prefix: title.prefix, role: title.role, roleClass: title.roleClass };
  }
}
