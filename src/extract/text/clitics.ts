// Proclitics that attach to the next word: conjunctions و ف, prepositions ب ل ك, in combination.
// A stripped reading is only used when the rest is a known entry, so وزير never becomes و + زير.
const PREFIXES = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

export interface CliticReading {
  prefix: string;
  stem: string;
}

const cache = new Map<string, CliticReading[]>();
const CACHE_LIMIT = 200_000;

/** Readings of a normalised word, the unstripped one first. Memoised: the same words recur across articles. */
export function cliticReadings(word: string): CliticReading[] {
  let hit = cache.get(word);
  if (!hit) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = computeReadings(word);
    cache.set(word, hit);
  }
  return hit;
}

function computeReadings(word: string): CliticReading[] {
  const out: CliticReading[] = [{ prefix: '', stem: word }];
  // The future prefix of a verb, alone or after و/ف: "ستسلم" is س + "تسلم", "وسيزور" is وس + "يزور".
  const future = /^([وف]?س)([يتن].{2,})$/.exec(word);
  if (future) out.push({ prefix: future[1]!, stem: future[2]! });
  for (const p of PREFIXES) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    // ل + ال merges into لل: للصين is ل + الصين.
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length > 2) out.push({ prefix: p, stem: 'ا' + rest });
    out.push({ prefix: p, stem: rest });
  }
  return out;
}
