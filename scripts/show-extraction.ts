// Developer aid: extracts cached development articles (with their manifest metadata) and prints each
// fact with its rule, date, status and sentence: `node --import tsx scripts/show-extraction.ts FILE...`.
import { join } from 'node:path';
import { extractPaths } from '../src/cli/extract-command.ts';

const dir = 'eval/dev';
const files = process.argv.slice(2).map((f) => join(dir, '.cache', f.replace(/^.*\//, '')));
const run = extractPaths(files, { manifest: join(dir, 'manifest.json') });
for (const e of run.errors) console.error(e.message);
for (const x of run.extractions) {
  const name = new Map(x.entities.map((en) => [en.id, en.name]));
  console.log(`## ${x.article.file} published ${x.article.published ?? '?'}`);
  for (const f of x.facts) {
        console.log(`${f.predicate} ${name.get(f.subject) ?? f.subject} -> ${name.get(f.object) ?? f.object} date=${f.date ?? '-'} ${f.status} [${f.rule}] ${f.evidence.sentence.slice(0, 90)}`);
  }
}
