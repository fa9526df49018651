import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listen } from '../../src/api/server.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The skip option of a describe that needs Chromium: false when it is there, the reason otherwise. */
export const skipWithoutChromium: false | string = existsSync(CHROMIUM) ? false : `skipped: no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`;

/** A loopback server over an app and a headless Chromium that may reach nothing else. */
export async function explorerSession(app: Parameters<typeof listen>[0], store: GraphStore) {
  const server = await listen(app, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // The flags the machine notes ask for: no background traffic a closed network would refuse.
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  /** A page whose every request off the loopback server fails, as on an analyst's closed network. */
  const open = async (path: string, opts: { waitReady?: boolean } = {}) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 }, locale: 'ar', acceptDownloads: true });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(`${base}/`)) return route.continue();
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await page.goto(`${base}${path}`);
    if (opts.waitReady !== false) await page.waitForSelector('body[data-ready="true"]');
    return { page, errors, outside };
  };
  const close = async () => {
    await browser.close();
    await server.drain(1000, 0);
    await store.close();
  };
  return { base, browser, open, close };
}

/** The ids drawn, sorted, for comparing two drawings. */
export function drawn(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (window as any).shabakaGraph;
    return { nodes: cy.nodes().map((n: any) => n.id()).sort(), edges: cy.edges().map((e: any) => e.id()).sort() };
  });
}

/** Rendered (on-screen) positions of the drawn nodes. */
export function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => Object.fromEntries((window as any).shabakaGraph.nodes().map((n: any) => [n.id(), n.renderedPosition()])));
}

/** Clicks a drawn node where it is on screen, with Shift held or twice if asked. */
export async function clickNode(page: Page, id: string, opts: { shift?: boolean; double?: boolean } = {}) {
  const box = (await page.locator('#graph').boundingBox())!;
  const p = await page.evaluate((nid) => (window as any).shabakaGraph.getElementById(nid).renderedPosition(), id);
  if (opts.shift) await page.keyboard.down('Shift');
  await page.mouse.click(box.x + p.x, box.y + p.y, { clickCount: opts.double ? 2 : 1 });
  if (opts.shift) await page.keyboard.up('Shift');
}
