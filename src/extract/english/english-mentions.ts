import type { Mention } from '../entities/mention.ts';
import type { PersonRegistry } from '../entities/registry.ts';
import { slug, type OfficeKind } from '../lexicon/load.ts';
import type { EntityRecord } from '../lexicon/types.ts';
import type { EnglishLexicon, EnMatch } from './english-lexicon.ts';
import { phraseTokens, type EnSentence, type EnToken } from './english-text.ts';

const KIND = { name: 'name', demonym: 'nisba', capital: 'capital', surname: 'surname' } as const;
const MAX_NAME = 5;

interface Title { cls: string; role: string; from: number; to: number; country: string | null; former: boolean }

/**
 * People, countries and places of English sentences. A person is found by the lexicon's English
 * name, or by shape: a title, with the nationality before it or "of Country" after it, followed by a
 * capitalised name ("Pakistani Foreign Minister Ishaq Dar"), or a name with a title in apposition
 * ("Ishaq Dar, Pakistan's foreign minister,"). Later surnames and "the minister" refer back.
 */
export class EnglishMentions {
  readonly found = new Map<string, EntityRecord>();
  /** Name words of the people seen so far, for lone surnames. */
  private readonly nameWords = new Map<string, string>();

  constructor(private readonly en: EnglishLexicon, readonly registry: PersonRegistry, private readonly month: string | null) {}

  find(s: EnSentence): Mention[] {
    const toks = s.tokens;
    const out: Mention[] = [];
    const at = (i: number) => s.index * 1000 + i;
    let i = 0;
    while (i < toks.length) {
      const joined = toks[i]!.text.includes('-') ? this.hyphenCountries(toks, i) : null;
      if (joined) {
        out.push(...joined.mentions);
        i = joined.to;
        continue;
      }
      const m = this.lexiconMatch(toks, i);
      // "Bersama Lima" is an exercise, not Peru's capital: a city inside a longer capitalised name.
      const inName = m?.kind === 'capital' && i > 0 && toks[i - 1]!.cap && toks[i - 1]!.pos === 'PROPN' && !this.en.match(toks, i - 1) && !this.en.nameStops.has(toks[i - 1]!.key);
      if (m && inName) {
        i = m.to;
        continue;
      }
      // "Milan Zachar, Ambassador of ...": a city's name opening a name that a title follows is a given name.
      const cityName = m && (m.kind === 'capital' || m.id.startsWith('place:')) && toks[m.to]?.cap && toks[m.to]!.pos === 'PROPN' && !this.en.match(toks, m.to) ? this.nameAt(toks, i) : 0;
      const cityAppos = m && cityName > m.to ? this.apposition(toks, cityName) : null;
      if (cityAppos) {
        out.push(this.newPerson(toks, i, cityName, cityAppos, at));
        i = cityName;
        continue;
      }
      if (m && m.kind !== 'surname' && !m.id.startsWith('person:')) {
        out.push(this.entityMention(m));
        i = m.to;
        continue;
      }
      const title = this.titleAt(toks, i, out);
      if (title) {
        const person = this.afterTitle(toks, title, at);
        if (person) out.push(person);
        i = person ? person.to : title.to;
        continue;
      }
      const named = m ?? this.surnameAt(toks, i);
      if (named) {
        const appos = this.apposition(toks, named.to);
        const entity = this.en.lx.entity(named.id) ?? this.found.get(named.id)!;
        const p = this.registry.see(entity, at(i), toks.slice(named.from, named.to).map((t) => t.text).join(' '), appos ?? {});
        this.learn(p.entity);
        out.push({ ids: [named.id], type: 'Person', kind: KIND[named.kind], from: named.from, to: named.to, prefix: '', role: appos?.role, roleClass: appos?.roleClass });
        i = named.to;
        continue;
      }
      const honored = this.en.honorifics.at(toks, i) && toks[i]!.cap ? this.skipHonorifics(toks, i) : 0;
      if (honored) {
        const known = this.en.match(toks, honored);
        const end = known?.id.startsWith('person:') ? 0 : this.nameAt(toks, honored);
        if (end - honored >= 2) {
          // "His Majesty X" is a monarch: a head of state, whose country the visit he hosts may tell.
          const majesty = /^(his|her)$/.test(toks[i]!.key) && toks[i + 1]?.key === 'majesty' ? { country: null, role: 'King', roleClass: 'head' } : null;
          out.push({ ...this.newPerson(toks, honored, end, this.apposition(toks, end) ?? majesty ?? { country: null, role: '', roleClass: '' }, at), from: i });
          i = end;
          continue;
        }
        // A known person after the honorifics is matched at the next step.
        i = honored;
        continue;
      }
      const shape = this.nameAt(toks, i);
      const appos = shape ? this.apposition(toks, shape) : null;
      if (shape && appos) {
        out.push(this.newPerson(toks, i, shape, appos, at));
        i = shape;
        continue;
      }
      i++;
    }
    return out;
  }

  /**
   * "Russian-Chinese", "U.S.-South Korean", "China-Russia": countries joined by a hyphen in one token,
   * each a participant; the last part may go on into the next words ("South" + "Korean").
   */
  private hyphenCountries(toks: EnToken[], i: number): { mentions: Mention[]; to: number } | null {
    const parts = toks[i]!.text.split('-');
    if (parts.length < 2 || parts.some((p) => !/^\p{Lu}/u.test(p))) return null;
    const mentions: Mention[] = [];
    let to = i + 1;
    for (let k = 0; k < parts.length; k++) {
      const last = k === parts.length - 1;
      const own = phraseTokens(parts[k]!);
      const probe = [...own, ...(last ? toks.slice(i + 1, i + 4) : [])];
      const m = this.en.match(probe, 0);
      if (!m?.id.startsWith('country:')) return null;
      const extra = last ? Math.max(0, m.to - own.length) : 0;
      to = Math.max(to, i + 1 + extra);
      mentions.push({ ids: [m.id], type: 'Country', kind: KIND[m.kind], from: i, to: i + 1 + extra, prefix: '' });
    }
    return { mentions, to };
  }

  private entityMention(m: EnMatch): Mention {
    const type = m.id.startsWith('country:') ? 'Country' : m.id.startsWith('place:') ? 'Place' : 'Organization';
    return { ids: [m.id], type, kind: KIND[m.kind], from: m.from, to: m.to, prefix: '' };
  }

  /** A title, with the country before it ("Pakistani", "Pakistan's", "U.S.") or after it ("of Pakistan"). */
  private titleAt(toks: EnToken[], i: number, before: Mention[]): Title | null {
    const former = this.en.words.formerWords.has(toks[i]?.key ?? '');
    const start = former ? i + 1 : i;
    const t = this.en.titles.at(toks, start);
    if (!t) return null;
    let country: string | null = null;
    const prev = before.at(-1);
    const gap = prev ? toks.slice(prev.to, i).map((x) => x.key) : [];
    if (prev?.type === 'Country' && (gap.length === 0 || (gap.length === 1 && gap[0] === "'s") || bodyOf(toks, prev.to, i))) country = prev.ids[0]!.slice(8);
    let to = t.to;
    // The portfolio after the office: "Minister of Land, Infrastructure, and Transportation", "Ambassador
    // to the State of Kuwait", "chairman of the Joint Chiefs of Staff Committee of the Pakistan Army"
    // (an office may run on in capitalised portfolio words before its "of": "... of Staff Committee of").
    let open = to;
    while (open < to + 3 && toks[open]?.cap && this.en.words.portfolio.has(toks[open]!.key) && !this.en.match(toks, open)) open++;
    if (/^(of|for|to)$/.test(toks[open]?.key ?? '')) {
      const from = to;
      to = open;
      let k = to;
      while (k < toks.length && k - to < 14) {
        const c = this.en.match(toks, k);
        if (c?.id.startsWith('country:')) {
          if (!/^(of|for|to|the)$/.test(toks[k - 1]?.key ?? '')) break;
          country ??= c.id.slice(8);
          k = c.to;
          continue;
        }
        if (!(this.en.words.portfolio.has(toks[k]!.key) || toks[k]!.text === ',' && this.en.words.portfolio.has(toks[k + 1]?.key ?? '')) || c) break;
        k++;
      }
      while (k > to && /^(of|for|to|the|and|,)$/.test(toks[k - 1]!.key)) k--;
      to = k > to + 1 ? k : from;
    }
    return { cls: t.value, role: toks.slice(start, to).map((x) => x.text).join(' '), from: i, to, country, former };
  }

  private afterTitle(toks: EnToken[], title: Title, at: (i: number) => number): Mention | null {
    let j = this.skipRanks(toks, title.to);
    // ("..., Admiral X": a rank may open the name after the comma, as an honorific may.)
    if (toks[j]?.text === ',' && toks[j + 1]?.cap) j = this.skipRanks(toks, this.skipHonorifics(toks, j + 1));
    const info = { country: title.country, role: title.role, roleClass: title.cls };
    const known = this.lexiconMatch(toks, j);
    if (known?.id.startsWith('person:')) {
      const p = this.registry.see(this.en.lx.entity(known.id)!, at(j), toks.slice(j, known.to).map((t) => t.text).join(' '), info);
      this.learn(p.entity);
      return { ids: [known.id], type: 'Person', kind: 'title', from: title.from, to: known.to, prefix: '', role: title.role, roleClass: title.cls };
    }
    const end = this.nameAt(toks, j);
    if (end && end - j >= 2) return { ...this.newPerson(toks, j, end, info, at), from: title.from };
    const back = end === j + 1 ? this.surnameAt(toks, j) : null;
    if (back) {
      this.registry.see(this.en.lx.entity(back.id) ?? this.found.get(back.id)!, at(j), toks[j]!.text, info);
      return { ids: [back.id], type: 'Person', kind: 'title', from: title.from, to: back.to, prefix: '', role: title.role, roleClass: title.cls };
    }
    return end ? null : this.titleOnly(toks, title, at);
  }

  /** "the foreign minister", "the Russian president": the person of that post met before, or the lexicon's holder that month. */
  private titleOnly(toks: EnToken[], title: Title, at: (i: number) => number): Mention | null {
    const definite = toks[title.from - 1]?.key === 'the' || title.country !== null;
    if (!definite || title.former || title.cls === 'counterpart' || title.cls === 'minister' && !title.country) return null;
    const p = this.sameTitle(title) ?? this.registry.byTitle(title.country, title.cls) ?? this.holder(title, at);
    if (!p) return null;
    return { ids: [p.entity.id], type: 'Person', kind: 'title', from: title.from, to: title.to, prefix: '', role: title.role, roleClass: title.cls };
  }

  /** "the Amir" is the last person introduced as Amir, before any other head of state or government. */
  private sameTitle(title: Title) {
    const word = title.role.toLowerCase().replace(/\bamir\b/, 'emir');
    let best = null;
    for (const p of this.registry.people.values()) {
      const roles = [p.role, ...p.surfaces].filter(Boolean).map((r) => r!.toLowerCase().replace(/\bamir\b/, 'emir'));
      if (title.country && p.country && p.country !== title.country) continue;
      if (!roles.some((r) => r === word || r.endsWith(` ${word}`))) continue;
      if (!best || p.lastSeen > best.lastSeen) best = p;
    }
    return best;
  }

  private holder(title: Title, at: (i: number) => number) {
    const office: Record<string, OfficeKind> = { foreign: 'foreign_minister', defence: 'defence_minister' };
    let kind: OfficeKind | undefined = office[title.cls];
    if (title.cls === 'head') kind = /prime|premier|chancellor/i.test(title.role) ? 'head_of_government' : /president|king|emir|sultan/i.test(title.role) && !/vice/i.test(title.role) ? 'head_of_state' : undefined;
    if (!kind || !title.country || !this.month) return null;
    const e = this.en.lx.holderOf(title.country, kind, this.month);
    return e ? this.registry.see(e, at(title.from), title.role, { country: title.country, role: title.role, roleClass: title.cls }) : null;
  }

  /**
   * Honorifics and ranks between an office and the name: "Defense Minister Gen. X", "Minister of
   * Defence Lieutenant-General X", "Defence Minister Datuk Seri X". The office, not the rank, is the post.
   */
  private skipRanks(toks: EnToken[], j: number): number {
    for (;;) {
      const k = this.skipHonorifics(toks, j);
      const r = toks[k]?.cap ? this.en.ranks.at(toks, k) : null;
      if (!r) return k;
      j = r.to;
    }
  }

  /**
   * The lexicon's form at i, unless it is a known surname that opens a longer name: "Mohamad Sabu"
   * is not "Mahathir Mohamad" (a first name that is someone else's surname).
   */
  private lexiconMatch(toks: EnToken[], i: number): EnMatch | null {
    const m = this.en.match(toks, i);
    if (m?.kind !== 'surname') return m;
    const next = toks[m.to];
    const continues = next?.cap && /^\p{Lu}[\p{L}'’-]+$/u.test(next.text) && !this.en.nameStops.has(next.key) && !this.en.titles.has(next.key) && !this.en.match(toks, m.to);
    return continues ? null : m;
  }

  /** "His Highness Sheikh", "the", "Mr": words between a title and the name. */
  skipHonorifics(toks: EnToken[], j: number): number {
    for (;;) {
      if (toks[j]?.key === 'the' && this.en.honorifics.at(toks, j + 1)) j++;
      const h = this.en.honorifics.at(toks, j);
      if (!h) return j;
      j = h.to;
    }
  }

  /** End (exclusive) of a capitalised name starting at i, or 0. */
  nameAt(toks: EnToken[], i: number): number {
    // Most tokens are lower-case words: no name starts there (this runs for every token).
    const first = toks[i];
    if (!first || (!first.cap && !(first.key.includes('-') && /^(al|el|bin|ibn|abu|ben|ould)-/.test(first.key)))) return 0;
    let j = i;
    while (j < toks.length && j - i < MAX_NAME) {
      const t = toks[j]!;
      const particle = this.en.words.particles.has(t.key.replace(/-.*/, '')) && j > i && toks[j + 1]?.cap;
      const initial = /^[A-Z]\.$/.test(t.text) && j > i;
      // ("Likewise, the Ambassador of ...": a capitalised adverb is no name.)
      const word = t.cap && t.pos !== 'ADV' && /^[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*$/.test(t.text) && !this.en.nameStops.has(t.key) && !this.en.titles.has(t.key) && !this.en.months.has(t.key) && !this.en.match(toks, j)?.id.startsWith('country:');
      const prefixed = /^(al|el|bin|ibn|abu|ben|ould)-\p{Lu}/u.test(t.text);
      if (!(word || particle || initial || prefixed)) break;
      j++;
    }
    while (j > i && !toks[j - 1]!.cap && !/-\p{Lu}/u.test(toks[j - 1]!.text)) j--;
    return j > i ? j : 0;
  }

  /** ", Pakistan's foreign minister," / ", the Chinese foreign minister" after a name. */
  private apposition(toks: EnToken[], j: number): { country: string | null; role: string; roleClass: string } | null {
    if (toks[j]?.text !== ',') return null;
    let k = j + 1;
    if (/^(the|a|an)$/.test(toks[k]?.key ?? '')) k++;
    let country: string | null = null;
    const c = this.en.match(toks, k);
    if (c?.id.startsWith('country:')) {
      country = c.id.slice(8);
      k = c.to + (toks[c.to]?.key === "'s" ? 1 : 0);
    }
    const t = this.titleAt(toks, k, []);
    if (!t) return this.headOf(toks, k, country);
    if (t.cls === 'counterpart') return null;
    return { country: country ?? t.country, role: t.role, roleClass: t.cls };
  }

  /**
   * ", head of the Belarusian defense ministry's international department,": the head of a body of a
   * state named within the next words is that state's official.
   */
  private headOf(toks: EnToken[], k: number, country: string | null): { country: string | null; role: string; roleClass: string } | null {
    if (!/^(head|chief|director|director-general|commander)$/.test(toks[k]?.key ?? '') || toks[k + 1]?.key !== 'of') return null;
    for (let j = k + 2; j < Math.min(toks.length, k + 6); j++) {
      const c = this.en.match(toks, j);
      if (c?.id.startsWith('country:')) return { country: country ?? c.id.slice(8), role: toks[k]!.text, roleClass: 'minister' };
      if (toks[j]!.text === ',') break;
    }
    return null;
  }

  private newPerson(toks: EnToken[], i: number, end: number, info: { country: string | null; role: string; roleClass: string }, at: (i: number) => number): Mention {
    const name = toks.slice(i, end).map((t) => t.text).join(' ');
    const id = `person:${slug(name)}`;
    const alike = this.en.personSpeltAlike(toks.slice(i, end).map((t) => t.text), info.country);
    const entity = this.en.lx.entity(alike ?? id) ?? this.found.get(id) ?? { id, type: 'Person' as const, name, nameAr: null, aliases: [], known: false, countryCode: info.country, role: info.role };
    if (!entity.known) this.found.set(id, entity);
    this.registry.see(entity, at(i), name, info);
    this.learn(entity);
    return { ids: [entity.id], type: 'Person', kind: 'pattern', from: i, to: end, prefix: '', role: info.role, roleClass: info.roleClass };
  }

  private learn(e: EntityRecord): void {
    for (const w of e.name.split(/\s+/)) {
      const k = w.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f.]/g, '');
      if (k.length >= 3 && !this.en.words.particles.has(k)) this.nameWords.set(k, e.id), this.nameWords.set(k.replace(/^(al|el)-/, ''), e.id);
    }
  }

  private surnameAt(toks: EnToken[], i: number): EnMatch | null {
    const t = toks[i];
    if (!t?.cap) return null;
    const id = this.nameWords.get(t.key) ?? this.nameWords.get(t.key.replace(/^(al|el)-/, ''));
    return id ? { id, kind: 'surname', from: i, to: i + 1 } : null;
  }

}

/**
 * "U.S. Southern Command (Southcom) Commander", "Indian Army Chief", "Russian Navy commander": between
 * a country and an office, the capitalised name of one of its bodies keeps the office that country's.
 */
function bodyOf(toks: EnToken[], from: number, to: number): boolean {
  const gap = toks.slice(toks[from]?.key === "'s" ? from + 1 : from, to);
  // ("Egyptian military spokesman X": a force's lower-case words too.)
  const force = (t: EnToken) => /^(military|army|navy|naval|air|force|forces|armed|defence|defense)$/.test(t.key);
  return gap.length > 0 && gap.length <= 5 && gap.some((t) => t.cap || force(t)) && gap.every((t) => (t.cap && /^\p{Lu}[\p{L}-]*$/u.test(t.text)) || force(t) || t.text === '(' || t.text === ')');
}
