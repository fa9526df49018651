import type { Token } from '../text/tokenize.ts';
import type { Mention } from './mention.ts';

// A state named by its formal style: read as the country itself, not as someone of it.

/** "الجمهورية"، "بالمملكة"، "للدولة": the definite state word that opens a state's formal name, with its clitics. */
const STATE_WORD = /^([وف]?[بل]?)(?:ال|ل)(جمهوريه|مملكه|دوله|سلطنه|اماره)$/;
const ADJECTIVE = /^ال.*يه$/;

/**
 * "إلى الجمهورية الإسلامية الموريتانية"، "بالمملكة الأردنية الهاشمية": a state's formal name, its
 * nationality adjective after the state word and perhaps another adjective, names the country itself,
 * not someone of it. The span from the state word through trailing adjectives, or null.
 */
export function formalStateName(toks: Token[], from: number, to: number, out: Mention[]): { from: number; to: number; prefix: string } | null {
  let k = from - 1;
  while (k >= from - 2 && ADJECTIVE.test(toks[k]?.key ?? '') && !STATE_WORD.test(toks[k]!.key)) k--;
  const state = STATE_WORD.exec(toks[k]?.key ?? '');
  if (!state || (out.at(-1)?.to ?? 0) > k) return null;
  let end = to;
  while (end < to + 2 && ADJECTIVE.test(toks[end]?.key ?? '')) end++;
  return { from: k, to: end, prefix: state[1]! };
}
