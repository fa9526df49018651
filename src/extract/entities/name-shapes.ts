import { phraseKey } from '../text/normalize.ts';
import type { Token } from '../text/tokenize.ts';

// Word shapes that start, continue or end a name, and small helpers on token spans, for find-mentions.ts.

/** A long Arab name goes on past four words while it is chained by بن / آل: "شهاب بن طارق بن تيمور آل سعيد". */
export function isLinked(toks: Token[], k: number): boolean {
  return /^(بن|ابن|بنت|ال|ابو|عبد)$/.test(toks[k - 1]?.key ?? '') || /^(بن|ابن|بنت|ال)$/.test(toks[k]?.key ?? '') && k - 1 >= 0
    // "سعيد بن علي بن ناصر الكعبي": the family name after the last of the chain.
    || (/^(بن|ابن|بنت)$/.test(toks[k - 2]?.key ?? '') && /^ال/.test(toks[k]?.key ?? ''));
}

export function span(toks: Token[], from: number, to: number): string {
  return toks.slice(from, to).map((t) => t.text).join(' ');
}

export function stemOf(t: Token): string {
  return t.key;
}

/** "على" (on) folds to the name "علي" (Ali): written with alif maqsura it is the preposition, not a surname. */
export const PREPOSITION_LOOKALIKES = /^[وف]?على$/;
export const ALI_NAME = /^علي$/;
/** Verbs of saying: their subject may be named before his title ("وقال X نائب قائد ..."). */
export const SPEAKER = /^[وف]?(قال|قالت|اكد|اكدت|صرح|صرحت|اوضح|اوضحت|اضاف|اضافت|اشار|اشارت|ذكر|ذكرت|كشف|كشفت|شدد|شددت)$/;
export const JOINED_VERB = /^و(است|اكد|اشار|اضاف|قال|بحث|ناقش|تناول|شدد|اعرب|اوضح)/;
export const DEPUTY = /^(نائب|مساعد|وكيل)$/;
/** Parties, movements and civil bodies (unions, chambers: keys fold غ to ج): their heads hold no office of state. */
export const PARTY = /^(ال)?(حزب|حركه|تيار|جبهه|ائتلاف|اتحاد|جرفه)$/;
export const EPITHET = /^(ال)?(شقيقه|صديقه|شقيق|صديق)$/;
export const RANK_WORD = /^[وفب]?(ال)?(فريق|لواء|عميد|عقيد|مقدم|رائد|نقيب|اول|ركن|طيار|بحري|شيخ|شيخه|امير|اميره|سيد|سيده|جنرال|ادميرال|اميرال|مشير|عماد|دكتور|دكتوره|سمو|معالي|فخامه|جلاله|سعاده|صاحب|الملكي|مهندس)$/;
const rankOnlyMemo = new Map<string, boolean>();
/** A role that is only ranks and honorifics ("الفريق أول"، "الشيخ") names no office. */
export function rankOnly(role: string): boolean {
  let r = rankOnlyMemo.get(role);
  if (r === undefined) {
    if (rankOnlyMemo.size > 10_000) rankOnlyMemo.clear();
    rankOnlyMemo.set(role, (r = phraseKey(role).split(' ').every((w) => RANK_WORD.test(w))));
  }
  return r;
}
export const OFFICE_AFTER_PREPOSITION = /^[بل](نائب|مساعد|وكيل|وزير|رئيس|قائد|سفير|مستشار|امين)$/;
/** "بهذه الخطوة"، "لتلك": a demonstrative, with or without a clitic, never starts or continues a name. */
export const DEMONSTRATIVE = /^[وفبلك]*(هذه|هذا|هذين|هاتين|هذان|هاتان|تلك|ذلك|هؤلاء|اولئك)$/;

/** Ranks the Arabic press gives Western officers by their own word ("الجنرال"، "الأدميرال"). */
export const WESTERN_RANK = /^(الجنرال|جنرال|الادميرال|ادميرال|الاميرال|المارشال|الكولونيل|الليفتنانت)$/;

/** Places named after someone: a name after them names the place, not the person. */
export const NAMED_AFTER = /^[وبل]*(مطار|قاعده|شارع|جامعه|مستشفي|ميناء|مسجد|ملعب|جسر|ساحه)$/;

/** Quotation marks that may open a quoted name. */
export const OPEN_QUOTE = /^["“”«„]$/;

/** A head's word ("رئيس") and the bodies it may lead before its holder is named. */
export const CONSTRUCT_HEAD_WORD = /^[وف]?(رئيس|رئيسه)$/;
export const BODY = /^ال(مجلس|هيئه|لجنه|جهاز|مكتب|اداره|ديوان|مراسم|مراسيم)$/;
/** Head words of an office that, after two name words, open the title that follows a name. */
export const OFFICE_HEAD = /^(مدير|رئيس|قائد|وزير|نائب|مساعد|امين|مستشار|سفير|مبعوث|مندوب|المدير|الرئيس|القائد|الوزير)$/;
