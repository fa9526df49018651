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
    out.set(i, kinds);
  }
  return out;
}
