import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';
import { SCHEMA_FILE as SCHEMA } from './schema.ts';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>shabaka</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
  a { color: #0b57d0; } li { margin: .6rem 0; } code { background: #f3f3f3; padding: 0 .2rem; }
</style>
</head>
<body>
<h1>shabaka</h1>
<p>A knowledge graph of international security news: who visited, met, deployed troops to, supplied
arms to or exercised with whom, each fact with its date, status and evidence.</p>
<ul>
  <li><a href="/graphql">GraphiQL</a>: ask the GraphQL API, one tab per example question.</li>
  <li><a href="/explore">Graph explorer</a>: search an entity and draw its neighbourhood.</li>
  <li><a href="/schema.graphql">schema.graphql</a>: the API contract, every field described
    (also in GraphiQL's documentation panel).</li>
  <li>Documentation: <code>README.md</code> and <code>docs/</code> in the shabaka package.</li>
  <li><a href="/health">/health</a> and <a href="/ready">/ready</a> for supervisors.</li>
</ul>
</body>
</html>
`;

const HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

let schemaText: string | undefined;

/** A small page at / that says what the service is and links GraphiQL, the explorer and the schema. */
export function useLandingPage(): Plugin {
  return {
    onRequest({ url, request, endResponse }) {
      if (url.pathname !== '/' && url.pathname !== '/schema.graphql') return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(new Response('method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
      const schema = url.pathname === '/schema.graphql';
      const body = schema ? (schemaText ??= readFileSync(SCHEMA, 'utf8')) : PAGE;
      const type = schema ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
      endResponse(new Response(request.method === 'HEAD' ? null : body, { headers: { ...HEADERS, 'content-type': type } }));
    },
  };
}
