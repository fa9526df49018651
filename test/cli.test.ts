import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../src/cli/main.ts';
import { score, type GoldFile } from '../src/eval/score.ts';
import { readFileSync } from 'node:fs';

const seeds = new URL('../seeds', import.meta.url).pathname;
const goldPath = `${seeds}/seeds-gold.json`;

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('shabaka CLI', () => {
  test('extract --format eval prints the prediction format, eval prints the same figures as the scorer', async () => {
    const ex = await run(['extract', '--format', 'eval', seeds]);
    assert.equal(ex.code, 0, ex.err);
    const pred = JSON.parse(ex.out);
    assert.equal(pred.articles.length, 5);
    const f = pred.articles[0].facts[0];
    for (const k of ['predicate', 'subject', 'object', 'date', 'status', 'evidence']) assert.ok(k in f, k);
    const r = score(JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile, pred);
    const ev = await run(['eval', '--gold', goldPath, '--json', seeds]);
    const printed = JSON.parse(ev.out);
    assert.equal(printed.f1, r.f1);
    assert.equal(printed.dateAccuracy, r.dateAccuracy);
    assert.equal(printed.statusAccuracy, r.statusAccuracy);
  });

  test('extract --format json gives entities, events, facts with evidence offsets and rules', async () => {
    const ex = await run(['extract', '--format', 'json', `${seeds}/000_528a6e7872004594.txt`]);
    const a = JSON.parse(ex.out).articles[0];
    assert.equal(a.article.published, '2025-07-12');
    assert.ok(a.entities.some((e: { name: string }) => e.name === 'Sergey Lavrov'));
    assert.ok(a.events.some((e: { kind: string; participants: string[] }) => e.kind === 'exercise' && e.participants.length === 3));
    for (const f of a.facts) assert.equal(a.text.slice(f.evidence.start, f.evidence.end), f.evidence.sentence);
  });

  test('eval prints per-predicate figures and misses with --verbose', async () => {
    const ev = await run(['eval', '--gold', goldPath, '--verbose', seeds]);
    assert.match(ev.out, /VISITED\s+tp=\d+ fp=\d+ fn=\d+/);
    assert.match(ev.out, /precision [\d.]+ recall [\d.]+ F1 [\d.]+ date-acc [\d.]+ status-acc [\d.]+/);
  });

  test('a bad file gives exit 1 and a message naming it; usage errors give exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await run(['extract', dir]);
    assert.equal(r.code, 1);
    assert.match(r.err, /empty\.txt: file is empty/);
    assert.equal((await run(['extract'])).code, 2);
    assert.equal((await run(['frobnicate', dir])).code, 2);
    assert.equal((await run(['eval', seeds])).code, 2);
  });

  test('--help and -h on every command, --version, and "did you mean"', async () => {
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    const commands = ['extract', 'eval', 'ingest', 'retract', 'reindex', 'stats', 'export', 'serve'];
    for (const c of commands) assert.match(top.out, new RegExp(`\\n  ${c} `), c);
    for (const c of commands) {
      for (const flag of ['--help', '-h']) {
        const r = await run([c, flag]);
        assert.equal(r.code, 0, `${c} ${flag}: ${r.err}`);
        assert.match(r.out, new RegExp(`^Usage: shabaka ${c} `), `${c} ${flag}`);
        assert.match(r.out, /-h, --help/);
      }
    }
    const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
    for (const flag of ['--version', '-v']) assert.deepEqual(await run([flag]), { code: 0, out: version, err: '' });
    const typo = await run(['ingets', seeds]);
    assert.equal(typo.code, 2);
    assert.match(typo.err, /unknown command 'ingets'\n\(Did you mean ingest\?\)/);
    const option = await run(['export', '--fromat', 'json']);
    assert.equal(option.code, 2);
    assert.match(option.err, /unknown option '--fromat'\n\(Did you mean --format\?\)/);
    const choice = await run(['export', '--format', 'jsn']);
    assert.match(choice.err, /'jsn' is invalid. Allowed choices are graphml, json/);
  });

  test('the package bin runs the built CLI', () => {
    const r = spawnSync(process.execPath, [new URL('../bin/shabaka.js', import.meta.url).pathname, 'extract', `${seeds}/002_39c8f24627961fc0.txt`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(JSON.parse(r.stdout).articles[0].facts.length > 5);
  });
});
