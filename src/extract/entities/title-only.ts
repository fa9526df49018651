import type { Token } from '../text/tokenize.ts';
import type { Mention } from './mention.ts';
import { DEPUTY, span } from './name-shapes.ts';
import type { PersonNamer } from './person-namer.ts';
import { roleKey, type TitlePhrase } from './titles.ts';

/** A person named by a title alone, the mention spanning the title. */
const titleMention = (id: string, title: TitlePhrase): Mention => ({ ids: [id], type: 'Person', kind: 'title', from: title.from, to: title.to, prefix: title.prefix, role: title.role, roleClass: title.roleClass });

/** Title classes whose bare form ("the Russian defence minister") may stand for a person named before. */
const TITLE_ONLY_CLASSES = new Set(['head', 'foreign', 'defence', 'spokes']);

/**
 * A title with no name after it ("الرئيس"، "وزير الخارجية المصري"): the person it stands for, named
 * before under that title, else the office holder of the day when the lexicon knows one.
 */
export function titleOnly(n: PersonNamer, toks: Token[], title: TitlePhrase, at: (i: number) => number): Mention | null {
  const same = title.country === null && !title.former ? n.registry.byBareTitle(roleKey(title, toks)) : null;
  if (same) {
    n.registry.see(same.entity, at(title.from), span(toks, title.from, title.to));
    return titleMention(same.entity.id, title);
  }
  const definite = toks[title.from]!.key.startsWith('ال') || title.country !== null;
  const construct = !definite && title.to - title.from === 2 && toks[title.from + 1]!.key.startsWith('ال') && !title.prefix && !title.former && !countryAfter(n, toks, title.to);
  const named = construct ? n.registry.byTitleWords(roleKey(title, toks)) : null;
  if (named) {
    n.registry.see(named.entity, at(title.from), named.entity.nameAr ?? named.entity.name);
    return titleMention(named.entity.id, title);
  }
  if (!definite || !(TITLE_ONLY_CLASSES.has(title.roleClass) || /^ال?وزير/.test(toks[title.from]!.key))) return null;
  const p = n.registry.byTitle(title.country, title.roleClass) ?? holderOfTitle(n, toks, title, at);
  if (!p) return null;
  n.registry.see(p.entity, at(title.from), p.entity.nameAr ?? p.entity.name);
  return titleMention(p.entity.id, title);
}

/**
 * A country named within six words after a title, before ب or مع: "وزير الدفاع وشؤون المحاربين القطري"
 * is another state's office. (A guest's nationality after ب or مع is his: "رئيس الوزراء أيضا بالرئيس المصري".)
 */
function countryAfter(n: PersonNamer, toks: Token[], from: number): boolean {
  for (let k = from; k < from + 6 && k < toks.length && !/^(ب|مع$)/.test(toks[k]!.key); k++) {
    const m = n.lx.matchEntity(toks, k);
    if (m && n.lx.entity(m.entry.entityId)?.type === 'Country') return true;
  }
  return false;
}

/**
 * "وزير الخارجية المصري" with nobody of that post named before: the person who held the office in the
 * month of publication, when the lexicon's dated terms name exactly one. Former holders are not guessed.
 */
function holderOfTitle(n: PersonNamer, toks: Token[], title: TitlePhrase, at: (i: number) => number) {
  // "نائب رئيس الوزراء ..." read from its second word: the deputy is not the office holder.
  if (DEPUTY.test(toks[title.from - 1]?.key ?? '')) return null;
  const e = n.holders.of(title);
  return e ? n.registry.see(e, at(title.from), span(toks, title.from, title.to), { country: title.country, role: title.role, roleClass: title.roleClass }) : null;
}
