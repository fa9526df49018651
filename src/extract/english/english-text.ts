import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ContentLine } from '../furniture.ts';

/** One English word or mark with its offsets in the article text. */
export interface EnToken {
  text: string;
  /** Lower case without dots: "U.S." -> "us", "Gen." -> "gen". */
  key: string;
  /** Universal part of speech from wink's English model (PROPN, VERB, ...). */
  pos: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The word's shared record: what the lexicon's phrase sets hold under its key, looked up once per word. */
  slot: WordSlot;
}

/**
 * One per distinct word, shared by all its tokens: the key, and each phrase set's entries under it
 * (indexed by the set's id, filled on first ask), so a set is asked once per word, not once per token.
 */
export interface WordSlot {
  key: string;
  found: unknown[];
}

export interface EnSentence {
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: EnToken[];
  heading: boolean;
}

// Sentence boundaries and parts of speech come from wink-nlp: fast (several MB/s) and exact about
// offsets, where compromise was ten times slower on the same text and missed most officials' names.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Lower case, no accents, no dots: "U.S." -> "us", "Türkiye" -> "turkiye", "Erdoğan" -> "erdogan". */
export function tokenKey(text: string): string {
  return wordSlot(text).key;
}

/** The word's slot: one per distinct word, so the key is computed (regex, lower-casing) once per word. */
function wordSlot(text: string): WordSlot {
  let slot = SLOTS.get(text);
  if (slot === undefined) {
    // Most tokens are plain ASCII words: skip Unicode normalisation for them (a fifth of the run time).
    const key = ASCII_WORD.test(text) ? text.toLowerCase() : text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f.]/g, '').replace(/’/g, "'");
    // Bounded: a long-running server reads ever new names.
    if (SLOTS.size >= 100_000) SLOTS.clear();
    SLOTS.set(text, (slot = { key, found: [] }));
  }
  return slot;
}
const SLOTS = new Map<string, WordSlot>();
const ASCII_WORD = /^[A-Za-z0-9,;:()'"-]*$/;

/** Splits each content line into sentences of tokens; a hyphenated name ("al-Sisi", "Jong-un") is one token. */
export function englishSentences(text: string, lines: ContentLine[]): EnSentence[] {
  const out: EnSentence[] = [];
  const joined = joinWrapped(text, lines);
  // One wink document for all lines (a newline between them): wink's cost per document is a fifth of its
  // time on short lines. Sentences never cross a line: each line's sentences are cut at its bounds.
  let body = '';
  const lineAt: number[] = [];
  for (const line of joined) {
    if (body) body += '\n';
    lineAt.push(body.length);
    body += text.slice(line.start, line.end);
  }
  if (!body) return out;
  const doc = nlp.readDoc(body);
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const starts: number[] = [];
  const lineOf: number[] = [];
  let at = 0;
  let li = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    // wink keeps the text losslessly, but re-find each token to stay exact if it ever normalises one.
    // (Almost always the token stands right there: no search then.)
    const found = body.startsWith(values[i]!, at) ? at : body.indexOf(values[i]!, at);
    at = found >= 0 && found - at < 3 ? found : at;
    while (li + 1 < lineAt.length && lineAt[li + 1]! <= at) li++;
    starts.push(at);
    lineOf.push(li);
    at += values[i]!.length;
  }
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    for (let a = first; a <= last; ) {
      let b = a;
      while (b < last && lineOf[b + 1] === lineOf[a]) b++;
      const line = joined[lineOf[a]!]!;
      const tokens = joinHyphens(values, spaces, pos, starts, a, b, line.start - lineAt[lineOf[a]!]!);
      a = b + 1;
      if (tokens.length === 0) continue;
      const start = tokens[0]!.start;
      const end = tokens.at(-1)!.end;
      out.push({ index: out.length, text: text.slice(start, end), start, end, tokens, heading: line.heading });
    }
  }
  return out;
}

function joinHyphens(values: string[], spaces: string[], pos: string[], starts: number[], first: number, last: number, base: number): EnToken[] {
  const toks: EnToken[] = [];
  for (let i = first; i <= last; i++) {
    const v = values[i]!;
    if (v.charCodeAt(0) <= 32 && /^\s+$/.test(v)) continue;
    const prev = toks.at(-1);
    const glued = prev !== undefined && spaces[i] === '' && prev.end === base + starts[i]!;
    // "al" "-" "Sisi" -> "al-Sisi": join across a hyphen written without spaces; "Erdo" "ğan" -> "Erdoğan".
    const hyphen = glued && (v === '-' || prev.text.endsWith('-')) && (v === '-' ? spaces[i + 1] === '' && i + 1 <= last && /^\p{L}/u.test(values[i + 1]!) : /^\p{L}/u.test(v));
    const split = glued && !hyphen && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(v) && /[^\x00-\x7f]/.test(v + prev.text.slice(-1));
    if (glued && (hyphen || split)) {
      prev.text += v;
      prev.end = base + starts[i]! + v.length;
      prev.slot = wordSlot(prev.text);
      prev.key = prev.slot.key;
      if (v !== '-' && pos[i] === 'PROPN') prev.pos = 'PROPN';
      continue;
    }
    const slot = wordSlot(v);
    toks.push({ text: v, key: slot.key, pos: pos[i]!, start: base + starts[i]!, end: base + starts[i]! + v.length, cap: capital(v), slot });
  }
  return toks;
}

/** Starts with a capital letter; ASCII without the Unicode regex. */
function capital(v: string): boolean {
  const c = v.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(v);
}

/** The tokens of a short phrase (a lexicon form), cut exactly as article text is. */
export function phraseTokens(phrase: string): EnToken[] {
  return englishSentences(phrase, [{ start: 0, end: phrase.length, heading: false }]).flatMap((s) => s.tokens);
}

/**
 * Pages that hard-wrap their paragraphs ("President X is" / "scheduled to hold talks ...") break a
 * sentence across lines: a line without closing punctuation followed by one that starts in lower case,
 * or a line ending on a word that cannot end a sentence, continues on the next line.
 */
function joinWrapped(text: string, lines: ContentLine[]): ContentLine[] {
  const out: ContentLine[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && prev.end <= line.start && continues(text.slice(prev.start, prev.end), text.slice(line.start, line.end))) {
      out[out.length - 1] = { start: prev.start, end: line.end, heading: false };
    } else out.push({ ...line });
  }
  return out;
}

function continues(prev: string, next: string): boolean {
  if (/[.!?:"”»)]\s*$/.test(prev)) return false;
  return /^[a-z]/.test(next) || /\b(and|or|of|the|a|an|to|on|in|at|for|with|by|is|are|was|were|has|have|his|her|its|their|who|which|that),?$/i.test(prev);
}
