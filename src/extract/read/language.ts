import { franc } from 'franc-min';

/**
 * The language of an article as ISO 639-1 where we know it. Arabic script alone is not enough:
 * Persian and Urdu share it, and the extractor reads Arabic only, so they must be told apart.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return 'und';
  const arabicScript = (sample.match(/[\u0600-\u06FF]/g)?.length ?? 0) / letters;
  const guess = franc(sample, { minLength: 20 });
  if (arabicScript > 0.5) {
    if (guess === 'pes') return 'fa';
    if (guess === 'urd') return 'ur';
    // Persian letters absent from Arabic (پ چ ژ گ) in quantity betray Persian even when franc hesitates.
    const persian = sample.match(/[پچژگی]/g)?.length ?? 0;
    return persian / letters > 0.01 ? 'fa' : 'ar';
  }
  const map: Record<string, string> = { eng: 'en', fra: 'fr', spa: 'es', deu: 'de', rus: 'ru', tur: 'tr', cmn: 'zh', jpn: 'ja', kor: 'ko', heb: 'he' };
  return map[guess] ?? guess;
}
