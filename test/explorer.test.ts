import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { GRASS_FILE, parseGrass } from '../src/api/explore/grass.ts';
import { listen } from '../src/api/server.ts';
import { seededApi, type StoreKind } from './helpers/api.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = new URL('../test-results/explorer.png', import.meta.url);
const grass = parseGrass(readFileSync(GRASS_FILE, 'utf8'));

describe('the explorer is served beside /graphql', async () => {
  const { app } = await seededApi();
  const get = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) => app.fetch(`http://localhost${path}`, init);

  test('the page, its script and cytoscape come with a strict content security policy', async () => {
    const page = await get('/explore');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /text\/html/);
    assert.match(page.headers.get('content-security-policy')!, /script-src 'self'/);
    assert.match(await page.text(), /<script type="module" src="\/explore\/app.js">/);
    for (const path of ['/explore/app.js', '/explore/vendor/cytoscape.mjs', '/explore/explore.css']) assert.equal((await get(path)).status, 200, path);
  });

  test('colours are those of the Neo4j Browser style', async () => {
    const style = (await (await get('/explore/style.json')).json()) as typeof grass;
    assert.deepEqual(style, grass);
    assert.equal(style.nodes.Country?.color, '#4C8EDA');
    assert.ok(['Country', 'Person', 'Organization', 'Place', 'Event'].every((t) => style.nodes[t]));
  });

  test('only the listed files: no traversal, no other methods', async () => {
    for (const path of ['/explore/../package.json', '/explore/%2e%2e/package.json', '/explore/app.js/', '/explore/constructor', '/explore/__proto__']) {
      assert.equal((await get(path)).status, 404, path);
    }
    assert.equal((await get('/explore', { method: 'POST', body: 'x', headers: { 'content-length': '1' } })).status, 405);
  });
});

const hasChromium = existsSync(CHROMIUM);
describe('the explorer in headless Chromium', { skip: hasChromium ? false : `skipped: no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)` }, async () => {
  const kind: StoreKind = 'embedded';
  const { app, store } = await seededApi({ store: kind });
  const server = await listen(app, 0, '127.0.0.1');
  const port = (server.address() as { port: number }).port;
  let browser: Browser;

  test('search لافروف, see North Korea, click the visit, read its evidence; filter; expand', async (t) => {
    // The flags the machine notes ask for: no background traffic a closed network would refuse.
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    t.after(async () => {
      await browser.close();
      await server.drain(1000, 0);
      await store.close();
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 }, locale: 'ar' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/explore`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.check('input[name="depth"][value="2"]');
    await page.fill('#query', 'لافروف');
    await page.press('#query', 'Enter');
    await page.waitForFunction(() => (window as any).shabakaGraph.nodes().some((n: any) => n.data('name') === 'North Korea'));

    const drawn = await page.evaluate(() => {
      const cy = (window as any).shabakaGraph;
      return { names: cy.nodes().map((n: any) => n.data('name')), kpColour: cy.getElementById('country:KP').style('background-color') };
    });
    assert.ok(drawn.names.includes('Sergey Lavrov') && drawn.names.includes('North Korea'));
    assert.equal(drawn.kpColour, hexToRgb(grass.nodes.Country!.color), 'the Country colour of style.grass');

    // A real click on the canvas, where cytoscape drew the edge. The force layout is not the same
    // from run to run and may put a third node, or another edge, over the edge's middle: the nodes
    // of whatever lies within a few pixels of it (other than the edge's own ends) are moved aside.
    const visit = await page.evaluate(() => {
      const cy = (window as any).shabakaGraph;
      const e = cy.edges().filter((x: any) => x.data('source') === 'person:sergey-lavrov' && x.data('target') === 'country:KP' && x.data('predicate') === 'VISITED' && x.data('date') === '2025-07-11')[0];
      const ends = e.connectedNodes();
      type P = { x: number; y: number };
      for (let round = 0; round < 8; round++) {
        const mid = e.renderedMidpoint();
        const edges = cy.edges().difference(e).filter((x: any) => {
          // Distance from the middle to the edge drawn as two segments through its own midpoint
          // (no named helper: the test's transpiler would wrap it in a function the page lacks).
          const m: P = x.renderedMidpoint();
          return [[x.source().renderedPosition(), m], [m, x.target().renderedPosition()]].some(([a, b]: P[]) => {
            const dx = b!.x - a!.x, dy = b!.y - a!.y;
            const t = Math.max(0, Math.min(1, ((mid.x - a!.x) * dx + (mid.y - a!.y) * dy) / (dx * dx + dy * dy || 1)));
            return Math.hypot(mid.x - a!.x - t * dx, mid.y - a!.y - t * dy) < 14;
          });
        });
        const nodes = cy.nodes().filter((n: any) => {
          const b = n.renderedBoundingBox();
          return mid.x >= b.x1 - 10 && mid.x <= b.x2 + 10 && mid.y >= b.y1 - 10 && mid.y <= b.y2 + 10;
        });
        const aside = edges.connectedNodes().union(nodes).difference(ends);
        if (aside.empty()) break;
        aside.forEach((n: any, i: number) => n.renderedPosition({ x: mid.x + 160 + 50 * i, y: mid.y + 160 + 30 * round }));
      }
      return e.renderedMidpoint();
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + visit.x, box.y + visit.y);
    await page.waitForSelector('#details .evidence');
    const heading = await page.textContent('#details h2');
    assert.match(heading!, /Sergey Lavrov → VISITED → North Korea/);
    const evidence = await page.locator('#details .evidence').allTextContents();
    assert.equal(evidence.length, 2, 'two articles report the visit');
    assert.ok(evidence.every((s) => /لافروف/.test(s)), evidence.join('\n'));
    const direction = await page.locator('#details .evidence').first().evaluate((el) => getComputedStyle(el).direction);
    assert.equal(direction, 'rtl');
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.pathname });

    // Filter: without VISITED the visit is gone and the other relations stay.
    await page.uncheck('#predicates input[value="VISITED"]');
    await page.click('#apply');
    await page.waitForFunction(() => (window as any).shabakaGraph.edges().every((e: any) => e.data('predicate') !== 'VISITED'));
    assert.ok(await page.evaluate(() => (window as any).shabakaGraph.edges().length > 0));
    await page.check('#predicates input[value="VISITED"]');
    await page.click('#apply');
    await page.waitForFunction(() => (window as any).shabakaGraph.edges().some((e: any) => e.data('predicate') === 'VISITED'));

    // Back to depth 1, then expand North Korea: click the node, then the button; its own neighbours join the drawing.
    await page.check('input[name="depth"][value="1"]');
    await page.click('#apply');
    await page.waitForFunction(() => !(window as any).shabakaGraph.nodes().some((n: any) => n.data('name') === 'Kim Jong Un'));
    const before = await page.evaluate(() => (window as any).shabakaGraph.nodes().length);
    const kp = await page.evaluate(() => (window as any).shabakaGraph.getElementById('country:KP').renderedPosition());
    await page.mouse.click(box.x + kp.x, box.y + kp.y);
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'North Korea');
    await page.click('#details button');
    await page.waitForFunction((n) => (window as any).shabakaGraph.nodes().length > n, before);
    assert.deepEqual(errors, []);
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
