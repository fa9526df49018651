import type { EnglishLexicon } from './english-lexicon.ts';
import type { EnSentence } from './english-text.ts';

/**
 * The country of a wire dateline ("SEOUL, March 3 (Yonhap) --", "February 26, 2019 (KHARTOUM) -",
 * "MOSCOW (Reuters) -", "KUWAIT:", "Kathmandu, Nov 21:", "MINSK, December 19. /TASS/."): where the report was filed. Officials a wire story names without a
 * nationality ("Defense Minister Ahn Gyu-back", "Lt Gen Kamal Abdel-Marouf") are that country's.
 */
export function datelineCountry(sentences: EnSentence[], en: EnglishLexicon): string | null {
  for (const s of sentences.slice(0, 6)) {
    const toks = s.tokens;
    // "KUWAIT:" and "Kathmandu, Nov 21:" end with a colon close to the start.
    let dash = toks.findIndex((t, k) => (k < 16 && /^(--|—|–|-)$/.test(t.text)) || (k > 0 && k < 6 && t.text === ':'));
    // "MINSK, December 19. /TASS/.": a city in capitals, a comma and the month, as a sentence of its own.
    if (dash < 0 && toks.length <= 9) dash = toks.findIndex((t, k) => k > 0 && t.text === ',' && /^[A-Z]{3,}/.test(toks[k - 1]!.text) && en.months.has(toks[k + 1]?.key ?? ''));
    if (dash < 0) continue;
    const colon = toks[dash]!.text === ':';
    for (let k = 0; k < dash; k++) {
      // The city is written in capitals: "SEOUL", "(KHARTOUM)", "NEW DELHI"; before a colon, as the first word.
      if (!/^[A-Z][A-Z.'-]+$/.test(toks[k]!.text) && !(colon && k === 0 && /^[A-Z][a-z]+$/.test(toks[k]!.text))) continue;
      const probe = toks.slice(k, dash).map((t) => ({ ...t, cap: true }));
      const m = en.match(probe, 0);
      if (m?.id.startsWith('country:')) return m.id.slice(8);
      if (m?.id.startsWith('place:')) return en.lx.entity(m.id)?.countryCode ?? null;
    }
  }
  return null;
}
