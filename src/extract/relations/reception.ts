import type { Mention } from '../entities/mention.ts';
import type { Token } from '../text/tokenize.ts';
import { personsIn } from './arguments.ts';
import type { ArticleContext, SentenceContext } from './context.ts';
import { ownedNoun } from './meeting-people.ts';

/** Gap words a list of welcoming hosts is joined by: "الذي كان مرفوقا بالوزير الأول ... ونائب ...". */
const ESCORT = /^(و|مرفوقا|مرفوق|برفقه|يرافقه|رفقه|الذي|كان|وكان|الي|جانب|جانبه)$/;
/** "كان" / "وكان": the verb that opens "وكان X في استقباله". */
const KANA = /^و?كان$/;
const ESCORTING = /^(مرفوقا|مرفوق|برفقه|يرافقه|رفقه|بمرافقه)/;

/**
 * Receptions told with the noun after في, each as (host, guest) pairs:
 * - "وكان الرئيس الإريتري ... في استقبالهما": whoever is named before received the travellers the article
 *   named last (the visitors of the sentence before, else the last person named);
 * - "وكان ولي عهد أبوظبي ... في استقبال الأمير محمد بن سلمان": the one before received the one after;
 * - "وكان في استقبال الرئيس الفرنسي بمطار ... رئيس مجلس الأمة X الذي كان مرفوقا بـ Y وZ": the guest
 *   comes first, then every host.
 * The hosts did not meet one another: each pair is its own meeting.
 */
export function receptionPairs(ctx: SentenceContext, art: ArticleContext, i: number, clause: [number, number]): Mention[][] | null {
  const passive = passiveReception(ctx, i, clause);
  if (passive) return passive;
  const m = /^استقبال(ه|ها|هما|هم)?$/.exec(ctx.tokens[i]!.key);
  if (!m || ctx.tokens[i - 1]?.key !== 'في') return null;
  let host = personsIn(ctx, clause[0], i).at(-1) ?? personsIn(ctx, 0, i).at(-1);
  // ("في استقبال سيادته": "his excellency" stands for the pronoun.)
  const suffix = m[1] ?? (!m[1] && ownedNoun(ctx.tokens, i) ? 'ه' : undefined);
  if (suffix) {
    const travellers = art.lastVisitors?.length ? art.lastVisitors : art.lastPerson ? [art.lastPerson] : [];
    // "في استقبالهم" after a unit's arrival: a plural pronoun stands for no single person named before.
    if (suffix !== 'ه' && suffix !== 'ها' && travellers.length < 2) return null;
    const guests = suffix === 'هما' ? travellers.slice(0, 2) : suffix === 'هم' ? travellers : travellers.slice(0, 1);
    // "وكان في استقباله قائد الأركان ...، الفريق X": the host may follow, his title first.
    const opens = ctx.tokens.slice(clause[0], i - 1).every((t) => t.kind === 'punct' || KANA.test(t.key));
    if (opens) host = personsIn(ctx, i + 1, Math.min(ctx.tokens.length, i + 14))[0] ?? host;
    // ("... ونائباه X وعبدالله Y في استقباله": a last name the reader did not take may stand between.)
    else if (!host || !hostsEnd(ctx.tokens.slice(host.to, i - 1))) return null;
    if (!host) return null;
    // "وكان رئيس المجلس الرئاسي X ونائباه Y وZ في استقباله": every host listed after كان receives the guest.
    const kana = opens ? -1 : ctx.tokens.findIndex((t, k) => k >= clause[0] && k < host!.from && KANA.test(t.key));
    // "وكان في استقباله الوزير X، وسفير بلاده Y": after the noun, every host joined to the first by و.
    const hosts = kana >= 0 ? personsIn(ctx, kana + 1, i) : opens ? joinedFrom(ctx, host, clause) : [host];
    return hosts.flatMap((h) => guests.filter((g) => g !== h.ids[0]).map((g) => [h, { ids: [g], type: 'Person', kind: 'title', from: i, to: i + 1, prefix: '' } as Mention]));
  }
  const after = personsIn(ctx, i + 1, ctx.tokens.length);
  const guest = after[0];
  if (!guest || guest.from > i + 3) return null;
  // "وكان X في استقبال Y": the host stands right before, with nothing but كان between.
  if (host && ctx.tokens.slice(host.to, i - 1).every((t) => KANA.test(t.key))) return [[host, guest]];
  return hostsAfter(ctx, art, guest, after.slice(1)).map((h) => [h, guest]);
}

/** The person m and those joined after him in the clause, each opening with و ("X، وسفير ... Y"). */
function joinedFrom(ctx: SentenceContext, m: Mention, clause: [number, number]): Mention[] {
  const out = [m];
  for (const p of personsIn(ctx, m.to, clause[1])) {
    const gap = ctx.tokens.slice(out.at(-1)!.to, p.from);
    if (!p.prefix.startsWith('و') || gap.length > 2 || !gap.every((t) => t.kind === 'punct')) break;
    out.push(p);
  }
  return out;
}

/** What may stand between the last host named and "في استقباله": كان, or one more name joined by و. */
function hostsEnd(gap: Token[]): boolean {
  if (gap.every((t) => KANA.test(t.key))) return true;
  return gap.length <= 3 && /^و/.test(gap[0]!.key) && gap.every((t) => t.kind === 'word' && !/^(ال)?(في|من|الي|علي)$/.test(t.key));
}

/** "حظي X باستقبال رسمي من طرف Y" (or "من قبل" / "من جانب"): the guest named before, the host after. */
function passiveReception(ctx: SentenceContext, i: number, clause: [number, number]): Mention[][] | null {
  if (!/^ب?استقبال$/.test(ctx.tokens[i]!.key)) return null;
  const by = ctx.tokens.findIndex((t, k) => k > i && k <= i + 4 && t.key === 'من' && /^(طرف|قبل|جانب)$/.test(ctx.tokens[k + 1]?.key ?? ''));
  if (by < 0) return null;
  const guest = personsIn(ctx, clause[0], i).at(-1) ?? personsIn(ctx, 0, i).at(-1);
  const host = personsIn(ctx, by + 2, Math.min(ctx.tokens.length, by + 12))[0];
  return guest && host && guest.ids[0] !== host.ids[0] ? [[host, guest]] : null;
}

/** The hosts named after the guest: the first within a few words, the rest joined to it. */
function hostsAfter(ctx: SentenceContext, art: ArticleContext, guest: Mention, people: Mention[]): Mention[] {
  const out: Mention[] = [];
  let prev = guest;
  for (const p of people) {
    if (p.ids[0] === guest.ids[0] || out.some((h) => h.ids[0] === p.ids[0])) continue;
    const gap = ctx.tokens.slice(prev.to, p.from);
    // Later hosts are joined by و, or escort the first ("مرفوقا بوزير الخارجية ..."), with their titles between.
    // "ونائب وزير الدفاع رئيس أركان الجيش الفريق X": the first of a host's two offices, joined by و, opens him.
    const secondOffice = gap.length <= 12 && /^و/.test(gap[0]?.key ?? '') && !!art.lx.anyTitle.match(ctx.tokens, prev.to) && gap.every((t) => t.kind === 'word');
    const escorted = secondOffice || gap.some((t) => ESCORTING.test(t.key)) || /^[وب]/.test(p.prefix) || gap.every((t) => t.kind === 'punct' || ESCORT.test(t.key));
    const joined = out.length === 0 ? gap.length <= 6 : gap.length <= 8 && escorted;
    if (!joined) break;
    out.push(p);
    prev = p;
  }
  return out;
}

/**
 * A host receives at home: "استقبل وزير الدفاع الشيخ ... في مطار الكويت" makes a host whose title named
 * no country an official of the country of the reception.
 */
export function hostAtHome(hostId: string, place: string, art: ArticleContext): void {
  const p = art.registry.people.get(hostId);
  if (!p || p.country) return;
  const code = place.startsWith('country:') ? place.slice(8) : art.lx.entity(place)?.countryCode;
  if (code) p.country = code;
}

/**
 * "كما استقبل ..." / "واستقبل أيضا ..." opening a sentence with no subject: the host of the
 * previous reception receives again (a host who "received X, and also received Y").
 */
export function hostCarried(ctx: SentenceContext, art: ArticleContext, cue: number): Mention | undefined {
  if (!art.lastHost || cue > 2 || !art.lx.cues.host!.match(ctx.tokens, cue)) return undefined;
  if (!ctx.tokens.slice(0, cue).every((t) => /^(كما|ثم|ايضا)$/.test(t.key))) return undefined;
  return { ids: [art.lastHost], type: 'Person', kind: 'title', from: cue, to: cue, prefix: '' };
}
