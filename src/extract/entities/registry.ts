import type { Lexicon } from '../lexicon/lexicon.ts';
import type { EntityRecord } from '../lexicon/types.ts';
import { phraseKey } from '../text/normalize.ts';

/** Classes of titles that make a person an official of a state; others (analyst, writer) do not. */
export const OFFICIAL_CLASSES = new Set(['head', 'foreign', 'defence', 'military', 'spokes', 'minister', 'counterpart']);

export interface ArticlePerson {
  entity: EntityRecord;
  /** Name token keys, for surname back-reference. */
  nameKeys: Set<string>;
  country: string | null;
  roleClass: string | null;
  role: string | null;
  official: boolean;
  /** Order of the last mention in the article (sentence * 1000 + token). */
  lastSeen: number;
  surfaces: Set<string>;
}

/** The people an article has introduced so far, for coreference of later surnames and titles. */
export class PersonRegistry {
  readonly people = new Map<string, ArticlePerson>();
  /** Every name word of every person seen, for a quick "could this be a surname?" test. */
  private readonly keys = new Set<string>();
  /** People introduced with a title that names no country ("وزير الدفاع الشيخ ..."), by that title; null when two share it. */
  private readonly bareTitles = new Map<string, string | null>();
  private readonly titled = new Map<string, string>();

  hasNameKey(key: string): boolean {
    return this.keys.has(key);
  }

  constructor(private readonly lexicon: Lexicon) {}

  /** The country of a place id ("country:ML", "place:benghazi"), or null. */
  countryOfPlace(id: string): string | null {
    return id.startsWith('country:') ? id.slice(8) : this.lexicon.entity(id)?.countryCode ?? null;
  }

  /** Registers a known (lexicon) or newly found person and returns its record. */
  see(entity: EntityRecord, at: number, surface: string, info: { country?: string | null; role?: string; roleClass?: string } = {}): ArticlePerson {
    let p = this.people.get(entity.id);
    if (!p) {
      const keys = new Set<string>(formKeys(entity));
      p = {
        entity, nameKeys: keys, country: entity.countryCode ?? null, roleClass: null, role: entity.role ?? null,
        official: entity.known && entity.role !== undefined, lastSeen: at, surfaces: new Set(),
      };
      this.people.set(entity.id, p);
    }
    for (const k of phraseKey(surface).split(' ')) if (k.length >= 2) p.nameKeys.add(k);
    for (const k of p.nameKeys) this.keys.add(k);
    p.surfaces.add(surface);
    p.lastSeen = Math.max(p.lastSeen, at);
    if (info.country && !p.country) p.country = info.country;
    if (info.roleClass) {
      p.roleClass ??= info.roleClass;
      if (OFFICIAL_CLASSES.has(info.roleClass)) p.official = true;
    }
    if (info.role && !p.role) p.role = info.role;
    return p;
  }

  /**
   * The person a lone surname refers to: the most recently mentioned person carrying that name
   * whose country and kind of post fit what the mention says. Null when none fits.
   */
  bySurname(key: string, want: { country?: string | null; official?: boolean }): ArticlePerson | null {
    let best: ArticlePerson | null = null;
    for (const p of this.people.values()) {
      if (!p.nameKeys.has(key)) continue;
      if (want.country && p.country && p.country !== want.country) continue;
      if (want.official && !p.official) continue;
      if (!best || p.lastSeen > best.lastSeen) best = p;
    }
    return best;
  }

  /** Remembers who an article introduced with a title naming no country, so the bare title can stand for them later. */
  noteBareTitle(key: string, id: string): void {
    const seen = this.bareTitles.get(key);
    this.bareTitles.set(key, seen === undefined || seen === id ? id : null);
  }

  /**
   * "وفي وقت سابق استقبل وزير الدفاع، ...": the same bare title again is the person it introduced, the
   * way a paper's own minister goes unqualified. Null when nobody, or more than one person, had it.
   */
  byBareTitle(key: string): ArticlePerson | null {
    const id = this.bareTitles.get(key);
    return id ? this.people.get(id) ?? null : null;
  }

  /** Remembers the latest person the article named with these title words (roleKey), country or not. */
  noteTitle(key: string, id: string): void {
    this.titled.set(constructKey(key), id);
  }

  /**
   * "يلتقي رئيس الوزراء أيضا بـ...": a title in the construct state ("رئيس الوزراء"، "قائد الجيش") is
   * definite, and stands for the latest person the article named with those very words. Only the same
   * words: a president is a head too, but no prime minister.
   */
  byTitleWords(key: string): ArticlePerson | null {
    const id = this.titled.get(constructKey(key));
    return id ? this.people.get(id) ?? null : null;
  }

  /** A title without a name ("the Russian minister") refers to the latest person of that country and post. */
  byTitle(country: string | null, roleClass: string): ArticlePerson | null {
    let best: ArticlePerson | null = null;
    for (const p of this.people.values()) {
      if (!p.official || (country && p.country !== country)) continue;
      if (!compatibleRole(roleClass, p)) continue;
      if (!best || p.lastSeen > best.lastSeen) best = p;
    }
    return best;
  }
}

/**
 * The name words of an entity's forms. A lexicon person's are the same in every article, so they are
 * worked out once (the forms of a head of state run to a dozen spellings).
 */
function formKeys(entity: EntityRecord): string[] {
  const known = entity.known ? FORM_KEYS.get(entity.id) : undefined;
  if (known) return known;
  const keys = new Set<string>();
  for (const form of [entity.nameAr, ...entity.aliases]) for (const k of phraseKey(form ?? '').split(' ')) if (k.length >= 2) keys.add(k);
  const out = [...keys];
  if (entity.known) {
    if (FORM_KEYS.size > 10_000) FORM_KEYS.clear();
    FORM_KEYS.set(entity.id, out);
  }
  return out;
}
const FORM_KEYS = new Map<string, string[]>();

/** "رئيس الأركان" and "رئيس أركان القوات المسلحة" name one office: the first two words, the article dropped. */
function constructKey(key: string): string {
  return key.split(' ').slice(0, 2).map((w) => w.replace(/^ال/, '')).join(' ');
}

function compatibleRole(roleClass: string, p: ArticlePerson): boolean {
  if (roleClass === 'minister') return p.roleClass === 'foreign' || p.roleClass === 'defence' || p.roleClass === 'minister' || /minister|secretary/i.test(p.role ?? '');
  if (p.roleClass === roleClass) return true;
  const role = p.role ?? '';
  switch (roleClass) {
    // (Whole words: "Ambassador of the Kingdom of Morocco" holds no king's title.)
    case 'head': return /\b(president|leader|king|emir|premier|prime minister|chancellor|chairman of the sovereignty)\b/i.test(role) && !/vice|deputy|ambassador|envoy/i.test(role);
    case 'foreign': return /foreign|state|external/i.test(role) && !/spokes/i.test(role);
    case 'defence': return /defen[cs]e|armed forces/i.test(role);
    case 'military': return /staff|general|commander|chief/i.test(role);
    case 'spokes': return /spokes/i.test(role);
    default: return false;
  }
}
