import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { listen } from '../src/api/server.ts';
import { seededApi } from './helpers/api.ts';

const JUPYTER = '/usr/bin/jupyter';
const NOTEBOOK = new URL('../examples/shabaka.ipynb', import.meta.url).pathname;
const ready = existsSync(JUPYTER) && spawnSync('/usr/bin/python3', ['-c', 'import nbconvert, ipykernel, pandas, networkx, matplotlib'], { stdio: 'ignore' }).status === 0;

interface Output { output_type: string; text?: string[]; data?: Record<string, string[] | string>; ename?: string; evalue?: string }

test('the example notebook runs clean from top to bottom against a live server', { skip: ready ? false : 'skipped: Debian jupyter-nbconvert, python3-ipykernel, pandas, networkx or matplotlib missing (.ci/run installs them)' }, async (t) => {
  const { app, store } = await seededApi();
  const server = await listen(app, 0, '127.0.0.1');
  t.after(async () => {
    await server.drain(1000, 0);
    await store.close();
  });
  const port = (server.address() as { port: number }).port;
  const out = mkdtempSync(join(tmpdir(), 'shabaka-notebook-'));
  // Asynchronous on purpose: the server answering the notebook runs in this process.
  await promisify(execFile)(JUPYTER, ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=120', '--output-dir', out, NOTEBOOK], {
    cwd: out, env: { ...process.env, SHABAKA_URL: `http://127.0.0.1:${port}/graphql`, PYDEVD_DISABLE_FILE_VALIDATION: '1' },
  });
  const nb = JSON.parse(readFileSync(join(out, 'shabaka.ipynb'), 'utf8')) as { cells: { cell_type: string; outputs?: Output[] }[] };
  const outputs = nb.cells.filter((c) => c.cell_type === 'code').flatMap((c) => c.outputs ?? []);
  assert.deepEqual(outputs.filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`), []);
  const text = outputs.map((o) => [o.text ?? [], o.data?.['text/plain'] ?? []].flat().join('')).join('\n');
  assert.match(text, /Sergey Lavrov\s+VISITED\s+North Korea\s+2025-07-11\s+occurred\s+2/, 'who visited North Korea');
  assert.match(text, /North Korea\s+DEPLOYED_TROOPS_TO\s+Russia/);
  assert.match(text, /Dan Caine → .* → Charles Q\. Brown/);
  assert.match(text, /\d+ entities, \d+ relations; busiest: (Russia|North Korea)/);
  assert.equal(outputs.filter((o) => o.data?.['image/png']).length, 2, 'the visits chart and the subgraph drawing');
});
