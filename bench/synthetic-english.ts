// Synthetic English news articles from templates, for the English extraction benchmark: our own
// sentences in the shapes of wire copy (dateline, title + nationality + name, weekday dates,
// modal verbs, exercise lists), with background paragraphs as real reports carry.
import { castOf, publishedOf } from './synthetic.ts';

const COUNTRIES = [
  ['Russia', 'Russian'], ['China', 'Chinese'], ['Iran', 'Iranian'], ['Turkey', 'Turkish'], ['India', 'Indian'], ['France', 'French'],
  ['Japan', 'Japanese'], ['South Korea', 'South Korean'], ['North Korea', 'North Korean'], ['Egypt', 'Egyptian'], ['Brazil', 'Brazilian'], ['Kenya', 'Kenyan'],
] as const;
const FIRST = ['Ahmed', 'Sergei', 'Li', 'John', 'Carlos', 'Ali', 'Maria', 'Hiroshi', 'Rajiv', 'Mouloud', 'Pierre', 'Kim'];
const LAST = ['Kumar', 'Nakamura', 'Petrov', 'Davis', 'Yildiz', 'Hassan', 'Dubois', 'Zhang', 'Smirnov', 'Rezaei', 'Singh', 'Park'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];


export function syntheticEnglishArticle(n: number): { text: string; published: string } {
  const { a, an, b, bn, c, p1, p2, analyst, day } = castOf(n, { countries: COUNTRIES, first: FIRST, last: LAST, days: DAYS });
  const text = [
    `${an} foreign minister arrives in ${b} for talks`,
    '',
    `CAPITAL, March ${(n % 27) + 1} (Agency) -- ${an} Foreign Minister ${p1} arrived in ${b} on ${day} for a two-day official visit, the ministry said.`,
    `${p1.split(' ')[1]} held talks with his ${bn} counterpart ${p2} at the foreign ministry, where the two sides discussed military cooperation.`,
    `${a} and ${c} held joint naval exercises last month, the defence ministry said in a statement.`,
    `Western reports accuse ${a} of supplying drones and ammunition to ${b}, which the government denies.`,
    `${c} is expected to send additional troops to ${b} next year, according to people familiar with the matter.`,
    `Political analyst ${analyst} said the visit reflected a shift in relations between the two countries.`,
    'The developments come amid rising regional tensions and a continuing war, with repeated international calls for restraint and a return to negotiations at a time when the region is going through deep changes in the balance of power.',
    `Observers noted that relations between ${a} and ${b} have grown markedly closer in recent years in economic, military and security fields, and that the two sides have signed a number of agreements covering energy, technology and transport.`,
    'Observers added that the coming period may see further practical steps to strengthen this cooperation, particularly given the economic pressure and sanctions imposed on several countries in the region, which have pushed governments to look for new partners.',
    'Analysts see the visit as carrying several political messages, above all an affirmation of independent national decision-making and openness to the various international powers, away from the policy of blocs that marked the previous period.',
    'Diplomatic sources said the talks also covered several regional files, including the humanitarian situation, maritime security and counterterrorism, as well as refugees and reconstruction.',
    'Read more: other news from the region',
    'Share this article',
  ].join('\n');
  return { text, published: publishedOf(n) };
}
