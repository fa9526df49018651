import { franc } from 'franc-min';

/**
 * The language of an article as ISO 639-1 where we know it. Arabic script alone is not enough:
 * Persian and Urdu share it, and the extractor reads Arabic only, so they must be told apart.
 */
export function detectLanguage(text: string): string {
  // A couple of thousand characters decide the language; trigram scoring of more only costs time.
  const sample = text.slice(0, 2_000);
  let letters = 0;
  let arabicLetters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      if ((c >= 0x0621 && c <= 0x064a) || c >= 0x0671) arabicLetters++, letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) letters++;
  }
  if (letters < 20) return 'und';
  const arabicScript = arabicLetters / letters;
  if (arabicScript > 0.5) {
    // Persian and Urdu write letters Arabic does not (پ چ ژ گ ٹ ڈ ڑ ں ے); without them the text is Arabic.
    // Persian ی and ک alone do not count: Iranian outlets' Arabic services type Arabic on Persian keyboards.
    const foreign = sample.match(/[پچژگٹڈڑںےۀ]/g)?.length ?? 0;
    if (foreign / letters < 0.002) return 'ar';
    // A Persian letter or two (an outlet's name, "پاعلم") do not make Persian: the function words decide.
    const folded = sample.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    const words = folded.match(/[\u0600-\u06ff]+/g) ?? [];
    const share = (set: Set<string>) => words.filter((w) => set.has(w)).length;
    const [ar, fa, ur] = [share(ARABIC_WORDS), share(PERSIAN_WORDS), share(URDU_WORDS)];
    if (ar > fa && ar > ur) return 'ar';
    if (ur > fa) return 'ur';
    if (fa > 0) return 'fa';
    const guess = franc(folded, { minLength: 20 });
    return guess === 'urd' ? 'ur' : guess === 'pes' ? 'fa' : 'ar';
  }
  // Trigram guesses are unsure on a one-line brief ("...arrived in Lima on Monday" reads as Swedish);
  // English function words are a surer sign when they make up a good share of the words.
  if (englishShare(sample) >= 0.08) return 'en';
  const guess = franc(sample, { minLength: 20 });
  const map: Record<string, string> = { eng: 'en', fra: 'fr', spa: 'es', deu: 'de', rus: 'ru', tur: 'tr', cmn: 'zh', jpn: 'ja', kor: 'ko', heb: 'he' };
  return map[guess] ?? guess;
}

// Function words each language writes and the others do not (Persian and Urdu ی/ک folded to ي/ك).
const ARABIC_WORDS = new Set(['في', 'من', 'على', 'إلى', 'الى', 'أن', 'إن', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'كان', 'وقال', 'قال', 'خلال', 'بين']);
const PERSIAN_WORDS = new Set(['است', 'اين', 'كه', 'را', 'براي', 'از', 'با', 'هاي', 'مي', 'شد', 'بود', 'نيز', 'آن', 'شده']);
const URDU_WORDS = new Set(['كے', 'كي', 'ہے', 'ميں', 'اور', 'سے', 'نے', 'كو', 'ہيں', 'كا']);

const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'said', 'was', 'is', 'has', 'have', 'will', 'his', 'her', 'a', 'an', 'that', 'it', 'its', 'their', 'this', 'were', 'be', 'as']);

function englishShare(sample: string): number {
  // The words are the runs of a-z of the lower-cased sample; only short ones can be function words,
  // so no word array and no string for a long word (this runs for every article).
  const lower = sample.toLowerCase();
  let words = 0;
  let hits = 0;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && lower.charCodeAt(j) >= 97 && lower.charCodeAt(j) <= 122) j++;
    words++;
    if (j - i <= MAX_ENGLISH_WORD && ENGLISH_WORDS.has(lower.slice(i, j))) hits++;
    i = j;
  }
  return words < 5 || hits < 1 ? 0 : hits / words;
}
const MAX_ENGLISH_WORD = Math.max(...[...ENGLISH_WORDS].map((w) => w.length));
