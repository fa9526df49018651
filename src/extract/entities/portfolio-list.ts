import type { Token } from '../text/tokenize.ts';

/** "وزراء الخارجية ..."، "رؤساء جهاز الاستخبارات ...": a plural office shared out over a list of people. */
const PLURAL_HEAD = /^[و]?(وزراء|رؤساء)$/;
const SINGULAR: Record<string, string> = { وزراء: 'وزير', رؤساء: 'رئيس' };
/** "برهان الدين"، "عبد الله": name words that carry the article. */
const NAME_WITH_ARTICLE = /^(الدين|الله)$/;
const MAX_NAME_WORDS = 4;
const isBreak = (t: Token | undefined) => !t || t.kind === 'punct';

export interface PortfolioItem {
  /** Where the person's name starts and ends (exclusive). */
  nameFrom: number;
  to: number;
  /** The office: the singular head and the portfolio ("وزير الطاقة والموارد الطبيعية"). */
  role: string;
}

/** The singular of a plural office head at token i ("وزراء" -> "وزير"), or null. */
export function pluralHead(tokens: Token[], i: number): string | null {
  const m = PLURAL_HEAD.exec(tokens[i]?.key ?? '');
  return m ? SINGULAR[m[1]!]! : null;
}

/**
 * One item of such a list, from `from` to the next punctuation: portfolio words, then the name of
 * the one who holds it ("ووزراء الخارجية هاكان فيدان، والطاقة والموارد الطبيعية ألب أرسلان بيرقدار،
 * والخزانة والمالية محمد شيمشك"). The name is the run of words before the comma that do not carry the
 * article (two to four words); the words before it are the portfolio. Null when the item has no such shape.
 */
export function portfolioItem(tokens: Token[], from: number, head: string, nameLike: (t: Token) => boolean): PortfolioItem | null {
  let to = from;
  while (!isBreak(tokens[to])) to++;
  let nameFrom = to;
  while (nameFrom > from && to - nameFrom < MAX_NAME_WORDS) {
    const t = tokens[nameFrom - 1]!;
    const inName = NAME_WITH_ARTICLE.test(t.key) ? nameFrom - 2 > from && !tokens[nameFrom - 2]!.key.startsWith('ال') : !/^[وفب]?ال/.test(t.text) && nameLike(t);
    if (!inName) break;
    nameFrom--;
  }
  if (to - nameFrom < 2 || nameFrom === from) return null;
  const portfolio = tokens.slice(from, nameFrom).map((t) => t.text);
  portfolio[0] = portfolio[0]!.replace(/^و/, '');
  return { nameFrom, to, role: `${head} ${portfolio.join(' ')}` };
}
