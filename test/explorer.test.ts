import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { GRASS_FILE, parseGrass } from '../src/api/explore/grass.ts';
import { seededApi, type StoreKind } from './helpers/api.ts';
import { clickNode, drawn, explorerSession, skipWithoutChromium } from './helpers/browser.ts';

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
    // Every module the page imports, followed from app.js, and every classic script it loads.
    const modules = ['/explore/app.js'];
    for (const m of modules) {
      const body = await (await get(m)).text();
      for (const [, spec] of body.matchAll(/^import .* from '([^']+)';$/gm)) {
        const path = new URL(spec!, `http://localhost${m}`).pathname;
        if (!modules.includes(path)) modules.push(path);
      }
    }
    const scripts = [...(await (await get('/explore')).text()).matchAll(/<script src="([^"]+)"/g)].map(([, src]) => src!);
    assert.ok(modules.includes('/explore/vendor/cytoscape.mjs') && modules.length >= 8, modules.join(' '));
    assert.deepEqual(scripts, ['/explore/vendor/layout-base.js', '/explore/vendor/cose-base.js', '/explore/vendor/cytoscape-fcose.js', '/explore/vendor/cytoscape-svg.js']);
    for (const path of [...modules, ...scripts, '/explore/explore.css']) assert.equal((await get(path)).status, 200, path);
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

describe('the explorer in headless Chromium', { skip: skipWithoutChromium }, async () => {
  const kind: StoreKind = 'embedded';
  const { app, store, ask } = await seededApi({ store: kind });
  const session = await explorerSession(app, store);

  test('search لافروف, see North Korea, click the visit, read its evidence; filter; expand', async (t) => {
    t.after(() => session.close());
    const { page, errors, outside } = await session.open('/explore');
    await page.check('input[name="depth"][value="2"]');
    await page.fill('#query', 'لافروف');
    await page.press('#query', 'Enter');
    await page.waitForFunction(() => (window as any).shabakaGraph.nodes().some((n: any) => n.data('name') === 'North Korea'));

    const drawing = await page.evaluate(() => {
      const cy = (window as any).shabakaGraph;
      return { names: cy.nodes().map((n: any) => n.data('name')), kpColour: cy.getElementById('country:KP').style('background-color') };
    });
    assert.ok(drawing.names.includes('Sergey Lavrov') && drawing.names.includes('North Korea'));
    assert.equal(drawing.kpColour, hexToRgb(grass.nodes.Country!.color), 'the Country colour of style.grass');

    // Putin and Kim Jong Un are both two steps from Lavrov; the API's meetings between them are drawn.
    const { nodes, edges } = await drawn(page);
    assert.ok(nodes.includes('person:vladimir-putin') && nodes.includes('person:kim-jong-un'));
    const meetings = (await ask('{ meetings(person: "person:vladimir-putin") { id subject { id } object { id } } }')).body.data.meetings as { id: string; subject: { id: string }; object: { id: string } }[];
    const withKim = meetings.filter((m) => [m.subject.id, m.object.id].includes('person:kim-jong-un')).map((m) => m.id);
    assert.ok(withKim.length > 0, 'the seeds hold Putin-Kim meetings');
    assert.deepEqual(withKim.filter((id) => !edges.includes(id)), [], 'every Putin-Kim meeting is drawn');
    // And more generally every relation the API knows between two drawn entities.
    assert.deepEqual(edges, await relationsAmong(ask, nodes));

    // A real click on the canvas, where cytoscape drew the edge. The force layout is not the same
    // from run to run and may put a third node, or another edge, over the edge's middle: the nodes
    // of whatever lies within a few pixels of it (other than the edge's own ends) are moved aside.
    const visit = await page.evaluate(() => {
      const cy = (window as any).shabakaGraph;
      const e = cy.edges().filter((x: any) => x.data('source') === 'person:sergey-lavrov' && x.data('target') === 'country:KP' && x.data('predicate') === 'VISITED' && x.data('date') === '2025-07-11')[0];
      const ends = e.connectedNodes();
      (window as any).laidOut = cy.nodes().map((n: any) => [n.id(), { ...n.position() }]);
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
    await page.waitForSelector('#details .source .evidence');
    const heading = await page.textContent('#details h2');
    assert.match(heading!, /Sergey Lavrov → VISITED → North Korea/);
    const evidence = await page.locator('#details .source .evidence').allTextContents();
    assert.equal(evidence.length, 2, 'two articles report the visit');
    assert.ok(evidence.every((s) => /لافروف/.test(s)), evidence.join('\n'));
    const published = (await page.locator('#details .source .meta').allTextContents()).map((m) => m.split(' · ')[0]!);
    assert.deepEqual(published, [...published].sort(), 'oldest report first');
    const direction = await page.locator('#details .source .evidence').first().evaluate((el) => getComputedStyle(el).direction);
    assert.equal(direction, 'rtl');
    // The picture shows the layout as drawn, before the nodes were moved aside for the click.
    await page.evaluate(() => {
      for (const [id, p] of (window as any).laidOut) (window as any).shabakaGraph.getElementById(id).position(p);
    });
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.pathname });

    // Filter: without VISITED the visit is gone and the other relations stay.
    await page.uncheck('#predicates input[value="VISITED"]');
    await page.click('#apply');
    await page.waitForFunction(() => (window as any).shabakaGraph.edges().every((e: any) => e.data('predicate') !== 'VISITED'));
    assert.ok(await page.evaluate(() => (window as any).shabakaGraph.edges().length > 0));
    assert.match(page.url(), /rel=MET%2CDEPLOYED_TROOPS_TO/, 'the filter is in the address');
    await page.check('#predicates input[value="VISITED"]');
    await page.click('#apply');
    await page.waitForFunction(() => (window as any).shabakaGraph.edges().some((e: any) => e.data('predicate') === 'VISITED'));

    // Back to depth 1, then expand North Korea: click the node, then the button; its own neighbours join the drawing.
    await page.check('input[name="depth"][value="1"]');
    await page.click('#apply');
    await page.waitForFunction(() => !(window as any).shabakaGraph.nodes().some((n: any) => n.data('name') === 'Kim Jong Un'));
    const before = await page.evaluate(() => (window as any).shabakaGraph.nodes().length);
    await clickNode(page, 'country:KP');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'North Korea');
    await page.click('#details button');
    await page.waitForFunction((n) => (window as any).shabakaGraph.nodes().length > n, before);
    const after = await drawn(page);
    assert.deepEqual(after.edges, await relationsAmong(ask, after.nodes), 'after an expand too, every relation among the drawn entities');
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, [], 'the page asks nothing of any other host');
  });
});

type Ask = Awaited<ReturnType<typeof seededApi>>['ask'];

/** Every relation the API holds between two of these entities, by id, sorted. */
async function relationsAmong(ask: Ask, ids: string[]): Promise<string[]> {
  const among = new Set<string>();
  for (const id of ids) {
    const { body } = await ask('query N($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 500) { edges { id subject { id } object { id } } } }', { id });
    for (const e of body.data.neighbourhood.edges) if (ids.includes(e.subject.id) && ids.includes(e.object.id)) among.add(e.id);
  }
  return [...among].sort();
}

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
