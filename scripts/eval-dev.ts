// npm run eval:dev -- [--split dev|blind|all] [--lang ar|en] [--batch NAME] [--no-people] [--verbose] [--dir eval/dev]
// Scores the extractor on the development corpus. The blind split is scored only when asked for by
// name, at the end of a round of work (eval/dev/ANNOTATION.md).
import { parseArgs } from 'node:util';
import { formatScore } from '../src/eval/score.ts';
import { readDevCorpus, scoreSplit, selectSplit, type Split } from '../src/eval/dev-corpus.ts';
import { Lexicon } from '../src/extract/lexicon/lexicon.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    lang: { type: 'string' },
    batch: { type: 'string' },
    'no-people': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'eval/dev' },
  },
});
const split = values.split as Split | 'all';
if (!['dev', 'blind', 'all'].includes(split)) {
  console.error('eval:dev: --split must be dev, blind or all');
  process.exit(2);
}
const corpus = readDevCorpus(values.dir!);
const { kept, missing } = selectSplit(corpus, split, values.lang, values.batch);
if (missing.length) {
  console.error(`eval:dev: ${missing.length} of ${kept.length} article texts are not in ${corpus.cacheDir}/ (third-party text is never committed).`);
  console.error('Refill the cache: for each missing manifest entry, run its "query" with the search tool (pages corpus),');
  console.error('take the result whose url equals the entry\'s "url", and save its text as .cache/<file>. Missing:');
  for (const a of missing.slice(0, 10)) console.error(`  ${a.file}  ${a.url}`);
  if (missing.length === kept.length) process.exit(0);
}
const lexicon = values['no-people'] ? new Lexicon({ people: false }) : undefined;
const { score, errors } = scoreSplit(corpus, kept, lexicon);
for (const e of errors) console.error(e);
console.log(`split ${split}${values.lang ? ` (${values.lang})` : ''}${values.batch ? ` batch ${values.batch}` : ''}: ${kept.length - missing.length} articles${values['no-people'] ? ', no people lexicon' : ''}`);
console.log(formatScore(score, values.verbose!));
