import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractPaths } from '../src/cli/extract-command.ts';
import { toPrediction } from '../src/eval/prediction.ts';
import { score, type GoldFile } from '../src/eval/score.ts';

// Articles written for the project about other countries and people than the seeds: an Iranian
// minister in Moscow, Indian-French drills, Turkish troops to Libya, arms to Sudan, a Chinese-Russian
// patrol, a US-Korean summit. They guard against rules that only fit the seeds.
const dir = new URL('./fixtures/general/', import.meta.url).pathname;
const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as GoldFile;

test('general fixtures come out right', () => {
  const run = extractPaths([dir]);
  assert.deepEqual(run.errors, []);
  const r = score(gold, toPrediction(run.extractions));
  assert.ok(r.f1 >= 0.9, `F1 ${r.f1}: ${r.details.map((d) => `${d.kind} ${d.file} ${d.fact}`).join('; ')}`);
  assert.ok((r.dateAccuracy ?? 0) >= 0.85, `date accuracy ${r.dateAccuracy}`);
  assert.ok((r.statusAccuracy ?? 0) >= 0.85, `status accuracy ${r.statusAccuracy}`);
  for (const p of ['VISITED', 'MET', 'DEPLOYED_TROOPS_TO', 'SUPPLIED_ARMS_TO', 'JOINT_EXERCISE', 'OFFICIAL_OF']) assert.ok(r.perPredicate[p]?.tp, `no ${p} found`);
});
