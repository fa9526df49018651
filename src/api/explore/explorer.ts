import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';
import { browserStyle } from './grass.ts';

const PUBLIC = new URL('../../../public/explore/', import.meta.url);

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const page = (name: string, type = JS) => ({ path: () => new URL(name, PUBLIC), type });
const vendor = (specifier: string) => ({ path: () => new URL(import.meta.resolve(specifier)), type: JS });

/**
 * The files the explorer serves: a fixed list, so no request path ever reaches the file system.
 * The page is plain HTML and ES modules; cytoscape.js comes from node_modules as its ESM build, the
 * fCoSE layout (with cose-base and layout-base) and cytoscape-svg as their UMD builds.
 */
const FILES: Record<string, { path: () => string | URL; type: string }> = {
  '/explore': page('index.html', HTML),
  '/explore/': page('index.html', HTML),
  '/explore/explore.css': page('explore.css', 'text/css; charset=utf-8'),
  ...Object.fromEntries(['app', 'api', 'controls', 'export', 'graph', 'load', 'panel', 'timeline', 'view'].map((m) => [`/explore/${m}.js`, page(`${m}.js`)])),
  '/explore/vendor/cytoscape.mjs': vendor('cytoscape/dist/cytoscape.esm.min.mjs'),
  '/explore/vendor/layout-base.js': vendor('layout-base/layout-base.js'),
  '/explore/vendor/cose-base.js': vendor('cose-base/cose-base.js'),
  '/explore/vendor/cytoscape-fcose.js': vendor('cytoscape-fcose/cytoscape-fcose.js'),
  '/explore/vendor/cytoscape-svg.js': vendor('cytoscape-svg/cytoscape-svg.js'),
};

const HEADERS = {
  // Evidence and names are article text: the page only ever sets them as text, and the policy forbids
  // anything but its own scripts and its own GraphQL endpoint.
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

const cache = new Map<string, string>();

/** Every file the explorer serves is text (HTML, CSS, JavaScript). */
function read(path: string | URL): string {
  const key = String(path);
  let body = cache.get(key);
  if (body === undefined) cache.set(key, (body = readFileSync(path, 'utf8')));
  return body;
}

/** Serves the graph explorer at /explore beside /graphql; it asks the same GraphQL API as everyone else. */
export function useExplorer(): Plugin {
  return {
    onRequest({ url, request, endResponse }) {
      if (!url.pathname.startsWith('/explore')) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(new Response('method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
      if (url.pathname === '/explore/style.json') {
        return endResponse(new Response(JSON.stringify(browserStyle()), { headers: { ...HEADERS, 'content-type': 'application/json' } }));
      }
      const file = Object.hasOwn(FILES, url.pathname) ? FILES[url.pathname] : undefined;
      if (!file) return endResponse(new Response('not found', { status: 404, headers: HEADERS }));
      let body: string;
      try {
        body = read(file.path());
      } catch (e) {
        // An installation without the page's files answers plainly, without paths or stacks.
        console.error(`explorer: cannot read ${url.pathname}: ${(e as Error).message}`);
        return endResponse(new Response('explorer unavailable', { status: 500, headers: HEADERS }));
      }
      endResponse(new Response(request.method === 'HEAD' ? null : body, { headers: { ...HEADERS, 'content-type': file.type } }));
    },
  };
}
