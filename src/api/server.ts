import { createServer, type Server } from 'node:http';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { DEFAULT_MAX_BYTES } from '../extract/read/read-article.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { createContext, type ApiContext } from './context.ts';
import { EXAMPLES } from './examples.ts';
import { DEFAULT_LIMITS, securityPlugins, type Limits } from './limits.ts';
import { buildSchema } from './schema.ts';
import { useExplorer } from './explore/explorer.ts';
import { useLandingPage } from './landing.ts';
import { useErrorCodes } from './errors.ts';
import { applyHttpLimits, DEFAULT_HTTP_LIMITS, serverOptions, type HttpLimits } from './http-limits.ts';
import { useKnownOperationTypes } from './operation-types.ts';
import { guardStore } from './store-guard.ts';

export interface ApiOptions {
  apiToken: string | null;
  graphiql?: boolean;
  limits?: Partial<Limits>;
  /** Origins allowed to call the API from a browser; none (the default) sends no CORS headers at all. */
  corsOrigins?: string[];
  /** MAX_ARTICLE_BYTES: the longest article text ingestArticle takes, as for files */
  maxArticleBytes?: number;
}

/** The GraphQL app: schema.graphql over a store, GraphiQL with the example questions, the explorer at /explore, /health and /ready. */
export function createApp(rawStore: GraphStore, opts: ApiOptions) {
  const store = guardStore(rawStore);
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    context: ({ request }) => createContext(store, opts.apiToken, request, opts.maxArticleBytes ?? DEFAULT_MAX_BYTES),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // GraphiQL's script and styles come inlined from @graphql-yoga/render-graphiql (no CDN), so it
    // works on a machine without internet access. Each tab is titled by its operation's name; the
    // first question is also the default query, so the first tab is a question, not a welcome text.
    graphiql: opts.graphiql === false ? false : {
      title: 'shabaka',
      defaultQuery: exampleTab(EXAMPLES[0]!),
      defaultTabs: EXAMPLES.map((e) => ({ query: exampleTab(e) })),
    },
    renderGraphiQL,
    // A browser page of another origin may call the API only when CORS_ORIGINS names it.
    cors: opts.corsOrigins?.length ? { origin: opts.corsOrigins, credentials: false, methods: ['GET', 'POST'] } : false,
    // Errors a client may see are GraphQLErrors we raise; anything else is masked (no stack, no Cypher).
    maskedErrors: true,
    batching: false,
    plugins: [
      useLandingPage(),
      useExplorer(),
      useKnownOperationTypes(),
      // Each validated query is compiled once to a function that resolves and serialises it: the
      // generic executor's per-field bookkeeping was a third of a one-hop question's CPU.
      useGraphQlJit(),
      ...securityPlugins({ ...DEFAULT_LIMITS, ...opts.limits }, opts.apiToken),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          // A reachability probe, not stats: counting on a large Neo4j starved the questions behind it (issue 14).
          await rawStore.ready();
          return true;
        },
      }),
      useErrorCodes(),
    ],
  });
}

const exampleTab = (e: { name: string; query: string }) => `# ${e.name}\n${e.query}`;

export interface ApiServer extends Server {
  /**
   * Stops taking connections, answers the requests already sent (keep-alive connections close after
   * their response), and resolves once every connection is gone; a stuck one is cut after deadlineMs.
   */
  drain(deadlineMs?: number, graceMs?: number): Promise<void>;
}

export function listen(app: ReturnType<typeof createApp>, port: number, host = '127.0.0.1', http: Partial<HttpLimits> = {}): Promise<ApiServer> {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...http };
  let draining = false;
  const server = createServer(serverOptions(limits), (req, res) => {
    if (draining) {
      res.shouldKeepAlive = false;
      // A load balancer stops sending traffic once readiness fails.
      if (req.url === '/ready') {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('draining');
        return;
      }
    }
    void app(req, res);
  }) as ApiServer;
  server.drain = (deadlineMs = 10_000, graceMs = 500) =>
    new Promise<void>((resolve) => {
      draining = true;
      // Connections the kernel has queued but node has not accepted yet would be reset by closing the
      // listener at once: keep accepting (and answering with Connection: close) for a moment first.
      setTimeout(() => close(resolve, deadlineMs), graceMs);
    });
  const close = (resolve: () => void, deadlineMs: number) => {
    // Keep-alive connections that sit idle after their last answer are closed; a stuck one is cut at the deadline.
    let sweep = setTimeout(function again() {
      server.closeIdleConnections();
      sweep = setTimeout(again, 100);
    }, 100);
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    server.close(() => {
      clearTimeout(sweep);
      clearTimeout(deadline);
      resolve();
    });
  };
  // A client that trickles its request in, keeps a socket silent or opens too many is cut off.
  applyHttpLimits(server, limits);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
