import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractPaths } from '../src/cli/extract-command.ts';
import { toPrediction } from '../src/eval/prediction.ts';
import { score, type GoldFile } from '../src/eval/score.ts';

const gold = JSON.parse(readFileSync(new URL('../seeds/seeds-gold.json', import.meta.url), 'utf8')) as GoldFile;

test('seed articles score above the floors of the extraction issue', () => {
  const run = extractPaths([new URL('../seeds', import.meta.url).pathname]);
  assert.equal(run.errors.length, 0, run.errors.map((e) => e.message).join('\n'));
  assert.equal(run.extractions.length, 5);
  const r = score(gold, toPrediction(run.extractions));
  assert.ok(r.f1 >= 0.9, `F1 ${r.f1}`);
  assert.ok((r.dateAccuracy ?? 0) >= 0.85, `date accuracy ${r.dateAccuracy}`);
  assert.ok((r.statusAccuracy ?? 0) >= 0.85, `status accuracy ${r.statusAccuracy}`);
});
