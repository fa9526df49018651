import { createServer, type Server } from 'node:http';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store.ts';
import { createContext, type ApiContext } from './context.ts';
import { EXAMPLES } from './examples.ts';
import { buildSchema } from './schema.ts';

export interface ApiOptions {
  apiToken: string | null;
  graphiql?: boolean;
}

/** The GraphQL app: schema.graphql over a store, GraphiQL with the example questions, /health and /ready. */
export function createApp(store: GraphStore, opts: ApiOptions) {
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    context: ({ request }) => createContext(store, opts.apiToken, request),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: opts.graphiql === false ? false : { title: 'shabaka', defaultTabs: EXAMPLES.map((e) => ({ query: `# ${e.name}\n${e.query}` })) },
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await store.stats();
          return true;
        },
      }),
    ],
  });
}

export function listen(app: ReturnType<typeof createApp>, port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
