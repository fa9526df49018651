import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { CueKind } from './context.ts';

const SETS: [CueKind, string[]][] = [
  ['visit', ['visit']],
  ['meet', ['meet']],
  // A troop noun alone ("القوات الأميركية") is a position the deployment rule looks at, not an event.
  ['deploy', ['send']],
  ['arms', ['giveArms', 'sendArms', 'receiveArms']],
  ['exercise', ['exercise']],
];

/** Where relation cues start in a sentence and which relations each could signal. */
export function cuePositions(tokens: Token[], lx: Lexicon): Map<number, Set<CueKind>> {
  const out = new Map<number, Set<CueKind>>();
  for (let i = 0; i < tokens.length; i++) {
    if (!lx.anyCue.match(tokens, i)) continue;
    const kinds = new Set<CueKind>();
    for (const [kind, names] of SETS) if (names.some((n) => lx.cues[n]!.match(tokens, i))) kinds.add(kind);
    // A sending or giving verb is an event only with what it sends ("مع تقدم الحوثيين" is an advance,
    // not a delivery): without troops or arms after it, it does not claim the dates near it.
    if (kinds.has('deploy') && !within(tokens, i + 1, i + 9, (j) => !!lx.cues.troops!.match(tokens, j))) kinds.delete('deploy');
    if (kinds.has('arms') && !within(tokens, i + 1, i + 17, (j) => !!lx.cues.arms!.match(tokens, j))) kinds.delete('arms');
    out.set(i, kinds);
  }
  return out;
}

function within(tokens: Token[], from: number, to: number, test: (j: number) => boolean): boolean {
  for (let j = from; j < Math.min(to, tokens.length); j++) if (test(j)) return true;
  return false;
}
