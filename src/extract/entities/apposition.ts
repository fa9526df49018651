import { isComma, type Token } from '../text/tokenize.ts';
import type { Mention } from './mention.ts';
import { DEPUTY, rankOnly, SPEAKER } from './name-shapes.ts';
import type { PersonNamer } from './person-namer.ts';
import { OFFICIAL_CLASSES } from './registry.ts';
import { roleKey, type TitlePhrase } from './titles.ts';

/** "شين وونسوك، مستشار الأمن القومي ..." and "ماريا زاخاروفا المتحدثة باسم ...": the title follows the name. */
export function appositionBefore(n: PersonNamer, toks: Token[], title: TitlePhrase, out: Mention[], at: (i: number) => number): Mention | null {
  // "الأخير ونظيره الباكستاني": a title joined by و is another person, not a description of the one before.
  if (title.prefix.startsWith('و')) return null;
  const comma = isComma(toks[title.from - 1]?.text);
  const end = comma ? title.from - 1 : title.from;
  const prev = out.at(-1);
  if (prev && prev.type === 'Person' && prev.to === end && (comma || !prev.role || rankOnly(prev.role))) {
    const p = n.registry.people.get(prev.ids[0]!);
    if (p) n.registry.see(p.entity, at(end), p.entity.nameAr ?? p.entity.name, { country: title.country, role: title.role, roleClass: title.roleClass });
    if (p && !title.former && OFFICIAL_CLASSES.has(title.roleClass)) n.registry.noteTitle(roleKey(title, toks), p.entity.id);
    prev.role ??= title.role;
    prev.roleClass ??= title.roleClass;
    return null;
  }
  // "نائب قائد ...": the deputy's word stands before the title the lexicon reads.
  const nameEnd = DEPUTY.test(toks[end - 1]?.key ?? '') ? end - 1 : end;
  const spoken = comma ? -1 : Math.max(speakerNameStart(n, toks, nameEnd), honouredNameStart(n, toks, nameEnd));
  if (spoken >= 0 && !(prev && prev.to > spoken) && !n.lx.anyTitle.match(toks, spoken)) {
    return { ...n.mention(n.newPerson(toks, spoken, nameEnd, title), title, spoken, nameEnd, toks, at, 'pattern'), from: spoken, to: title.to };
  }
  // Without a comma only a definite title with a nationality or a spokesman's title is taken as an
  // apposition ("ماريا زاخاروفا المتحدثة باسم ..."), and only over words that are not definite.
  const tight = !comma && toks[title.from]!.key.startsWith('ال') && (title.country !== null || title.roleClass === 'spokes');
  if (!comma && !tight) return null;
  let k = end;
  // Tight, a third word is taken only inside a chained name ("محمد بن سلمان").
  // A name chained by بن runs longer: "سعد بن فهد بن عبد الله، قائد ...".
  const most = (j: number) => (/^(بن|ابن|بنت)$/.test(toks[j]?.key ?? '') ? 5 : tight && end - j >= 2 && !/^(بن|ابن|بنت|ابو|عبد)$/.test(toks[j]!.key) ? 2 : 3);
  while (k > 0 && end - k < most(k) && n.nameLike(toks[k - 1]) && !(tight && toks[k - 1]!.key.startsWith('ال'))) k--;
  // One word opening the sentence before ", title ," is a surname: "لافروف، وزير الخارجية الروسي، ...".
  const lone = comma && k === 0 && end === 1 && title.country !== null && toks[0]!.key.length >= 4;
  if ((end - k < 2 && !lone) || (prev && prev.to > k)) return null;
  // A title before a title is a chain of offices ("ولي العهد، نائب رئيس مجلس الوزراء، ..."), not a name.
  if (n.lx.anyTitle.match(toks, k)) return null;
  // "بارلي، وزير الدفاع الفرنسي، وبانوس كامينوس، وزير الدفاع اليوناني": in a list of people, و after the
  // comma joins the next one and is no letter of his name (a short name such as "وليد" keeps it).
  const joined = prev?.type === 'Person' && isComma(toks[k - 1]?.text) && toks[k]!.text.length >= 5 && /^و/.test(toks[k]!.text) && !n.lx.words.givenNames.hasKey(toks[k]!.key);
  // The mention spans the name and the title after it ("نيجيرفان بارزاني، رئيس إقليم كوردستان").
  const m = n.mention(n.newPerson(toks, k, end, title, joined), title, k, end, toks, at, 'pattern');
  return { ...m, from: k, to: title.to, prefix: joined ? 'و' : m.prefix };
}

/**
 * "التقى ... السيد بافل نوفاك نائب وزير الدفاع التشيكي": an honorific opens a name, so the two to four
 * name-like words between it and a title are the name the title describes. The start of that name, or -1.
 */
function honouredNameStart(n: PersonNamer, toks: Token[], end: number): number {
  let k = end;
  // ("، والسيد X Y مساعد وزير ...": the honorific may carry the و that joins the list.)
  while (k > 0 && end - k < 4 && n.nameLike(toks[k - 1]) && !n.lx.words.honorifics.match(toks, k - 1)) k--;
  if (end - k < 2 || toks[k]!.key.startsWith('ال')) return -1;
  const h = [1, 2, 3].some((w) => n.lx.words.honorifics.match(toks, k - w)?.length === w);
  return h ? k : -1;
}

/**
 * "وقال محمد الأمين عبد الرحيم نائب قائد القوات البحرية السودانية ...": a verb of saying takes no person
 * as its object, so the two to four name-like words between it and a title are its subject's name and the
 * title describes him. The start of that name, or -1.
 */
function speakerNameStart(n: PersonNamer, toks: Token[], end: number): number {
  let k = end;
  while (k > 0 && end - k < 4 && n.nameLike(toks[k - 1]) && !SPEAKER.test(toks[k - 1]!.key)) k--;
  return end - k >= 2 && SPEAKER.test(toks[k - 1]?.key ?? '') && !toks[k]!.key.startsWith('ال') ? k : -1;
}
