import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { EXAMPLES } from '../src/api/examples.ts';
import { listen } from '../src/api/server.ts';
import { seededApi } from './helpers/api.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = new URL('../test-results/graphiql.png', import.meta.url);
const operationName = (query: string) => /^query (\w+)/m.exec(query)?.[1];

describe('GraphiQL and the landing page, in process', async () => {
  const { app } = await seededApi();

  test('every example is a named operation, each name once', () => {
    const names = EXAMPLES.map((e) => operationName(e.query));
    assert.ok(names.every(Boolean), JSON.stringify(names));
    assert.equal(new Set(names).size, EXAMPLES.length);
  });

  test('the GraphiQL page carries its own script and styles: no external script, style or font', async () => {
    const html = await (await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })).text();
    assert.ok(html.length > 1_000_000, 'GraphiQL is inlined');
    // (asserted with ok, not doesNotMatch: a failure would print two megabytes of page)
    const external = /<(script|link|img)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i.exec(html);
    assert.ok(!external, `external asset: ${external?.[0]}`);
    assert.ok(html.includes('renderYogaGraphiQL'), 'the GraphiQL bundle is in the page');
  });

  test('/ links GraphiQL, the explorer and the schema; /schema.graphql is the contract', async () => {
    const page = await app.fetch('http://localhost/');
    assert.equal(page.status, 200);
    const html = await page.text();
    for (const href of ['/graphql', '/explore', '/schema.graphql']) assert.ok(html.includes(`href="${href}"`), href);
    const schema = await (await app.fetch('http://localhost/schema.graphql')).text();
    assert.match(schema, /scalar PartialDate/);
    assert.equal((await app.fetch('http://localhost/', { method: 'POST', body: 'x', headers: { 'content-length': '1' } })).status, 405);
  });
});

const hasChromium = existsSync(CHROMIUM);
describe('GraphiQL in headless Chromium with no way out of the machine', { skip: hasChromium ? false : `skipped: no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)` }, async () => {
  const { app, store } = await seededApi();
  const server = await listen(app, 0, '127.0.0.1');
  const port = (server.address() as { port: number }).port;
  let browser: Browser;

  test('renders from the package, names every tab, runs the first question and shows its answer', async (t) => {
    // Every host name but loopback fails to resolve, and every request the page makes is checked:
    // anything not to 127.0.0.1 is refused and recorded.
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    t.after(async () => {
      await browser.close();
      await server.drain(1000, 0);
      await store.close();
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort('internetdisconnected');
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/graphql`);
    await page.waitForSelector('.graphiql-tab');

    const titles = (await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).map((s) => s.trim());
    assert.deepEqual(titles, EXAMPLES.map((e) => operationName(e.query)));
    const editor = await page.locator('.graphiql-query-editor').innerText();
    assert.match(editor, /query WhoVisitedNorthKorea/, 'the first tab is the first question');

    await page.click('.graphiql-execute-button');
    const response = page.locator('.graphiql-response');
    await response.getByText('Sergey Lavrov').first().waitFor();
    const answer = await response.innerText();
    assert.match(answer, /"visitors"/);
    assert.match(answer, /"2025-07-11"/);
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.pathname });
    assert.deepEqual(outside, [], 'no request left the machine');
    assert.deepEqual(errors, []);
  });
});
