// Child process of the API benchmark: an embedded store filled with N synthetic articles, served on loopback.
import { createApp, listen } from '../dist/api/server.js';
import { EmbeddedStore } from '../dist/store/embedded/embedded-store.js';
import { syntheticGraph } from './store.ts';

const [articles, port] = process.argv.slice(2).map(Number);
const store = new EmbeddedStore({ dataDir: null });
await store.init();
for (let n = 0; n < articles!; n++) await store.putArticle(syntheticGraph(n));
// The per-client rate limit would turn a load test into a test of the rate limiter.
const server = await listen(createApp(store, { apiToken: null, graphiql: false, limits: { ratePerMinute: 1_000_000_000 } }), port!, '127.0.0.1');
process.stdout.write(`ready ${process.memoryUsage().heapUsed}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
