// Developer aid: prints each sentence of an article with its mentions, dates and clauses.
import { readFileSync } from 'node:fs';
import { findDates, parseDay } from '../src/extract/dates.ts';
import { MentionFinder } from '../src/extract/entities/find-mentions.ts';
import { GroupTracker } from '../src/extract/entities/groups.ts';
import { dropFurniture } from '../src/extract/furniture.ts';
import { defaultLexicon } from '../src/extract/lexicon/lexicon.ts';
import { splitClauses } from '../src/extract/relations/clauses.ts';
import { splitSentences } from '../src/extract/text/sentences.ts';

const [file, published] = process.argv.slice(2);
const lx = defaultLexicon();
const text = readFileSync(file!, 'utf8');
const f = dropFurniture(text, lx.furniture);
const finder = new MentionFinder(lx);
const groups = new GroupTracker(lx);
for (const d of f.dropped) console.log(`DROP ${d.reason}: ${text.slice(d.start, d.end).slice(0, 60)}`);
for (const s of splitSentences(text, f.lines)) {
  const ms = groups.apply(s.tokens, finder.find(s));
  const dates = findDates(s.tokens, lx).map((d) => `${d.text}=${d.resolve(parseDay(published ?? null), false)?.value}`);
  const clauses = splitClauses(s.tokens, lx).map(([a]) => a);
  console.log(`\n#${s.index} ${s.text}\n  M: ${ms.map((m) => `${m.kind}:${m.ids.map((x) => x.split(':')[1]).join('+')}@${m.from}`).join(' ')}\n  D: ${dates.join(' ')}  C: ${clauses.join(',')}`);
}
