import { config as loadDotenv } from 'dotenv';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './api/http-limits.ts';
import { DEFAULT_LIMITS, type Limits } from './api/limits.ts';

export interface Config {
  dataDir: string;
  neo4j: { uri: string; user: string; password: string; database: string; batchSize: number } | null;
  maxArticleBytes: number;
  port: number;
  /** Address the server listens on: loopback unless told otherwise (the container image sets 0.0.0.0). */
  host: string;
  /** Browser origins allowed to call the API (CORS); empty sends no CORS headers. */
  corsOrigins: string[];
  /** Server processes sharing PORT; each opens the store itself. */
  workers: number;
  /** Articles per transaction in `shabaka ingest` and `reindex`. */
  ingestBatch: number;
  /** Bearer token for mutations; null disables them. */
  apiToken: string | null;
  graphiql: boolean;
  limits: Limits;
  http: HttpLimits;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/**
 * Articles per ingest transaction. Each transaction writes every index page it touches to the WAL and
 * then back to the database: at 240k facts, batches of 200 wrote 15 KB per fact and batches of 1,000
 * 4.4 KB. A batch holds the write lock while it commits (API ingests wait), and a crash loses at most
 * the batch in progress, which the next ingest writes again.
 */
const DEFAULT_INGEST_BATCH = 1000;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > max) throw new ConfigError(name, `must be a whole number from 1 to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

function apiToken(env: NodeJS.ProcessEnv): string | null {
  const t = env.API_TOKEN?.trim();
  if (!t) return null;
  if (t.length < 16) throw new ConfigError('API_TOKEN', 'must be at least 16 characters (a guessable token protects nothing)');
  return t;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const v = env[name]?.trim().toLowerCase();
  if (!v) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false, got ${JSON.stringify(env[name])}`);
}

function host(env: NodeJS.ProcessEnv): string {
  const h = env.HOST?.trim();
  if (!h) return '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(h)) throw new ConfigError('HOST', `must be an address or host name to listen on (127.0.0.1, 0.0.0.0, ::), got ${JSON.stringify(env.HOST)}`);
  return h;
}

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const list = (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of list) {
    // An origin is scheme, host and port only; '*' would let every site read the API with the user's network position.
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(o)) throw new ConfigError('CORS_ORIGINS', `must list origins like https://analysis.example.org, separated by commas, got ${JSON.stringify(o)}`);
  }
  return list;
}

/** Reads the settings once (.env, then the environment) and checks them; a wrong value names its variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, useDotenv = true): Config {
  if (useDotenv) loadDotenv({ quiet: true });
  const uri = env.NEO4J_URI?.trim() ?? '';
  let neo4j: Config['neo4j'] = null;
  if (uri) {
    if (!/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/.test(uri)) throw new ConfigError('NEO4J_URI', `must be a neo4j:// neo4j+s:// bolt:// or bolt+s:// URI, got ${JSON.stringify(uri)}`);
    const password = env.NEO4J_PASSWORD ?? '';
    if (!password) throw new ConfigError('NEO4J_PASSWORD', 'must be set when NEO4J_URI is');
    neo4j = { uri, user: env.NEO4J_USER || 'neo4j', password, database: env.NEO4J_DATABASE || 'neo4j', batchSize: positiveInt(env, 'NEO4J_BATCH_SIZE', 500, 100_000) };
  }
  return {
    dataDir: env.DATA_DIR?.trim() || './data',
    neo4j,
    maxArticleBytes: positiveInt(env, 'MAX_ARTICLE_BYTES', 5 * 1024 * 1024),
    port: positiveInt(env, 'PORT', 4000, 65535),
    host: host(env),
    corsOrigins: corsOrigins(env),
    workers: positiveInt(env, 'WORKERS', 1, 64),
    ingestBatch: positiveInt(env, 'INGEST_BATCH', DEFAULT_INGEST_BATCH, 100_000),
    apiToken: apiToken(env),
    graphiql: flag(env, 'GRAPHIQL', true),
    limits: {
      maxDepth: positiveInt(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 50),
      maxAliases: positiveInt(env, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 200),
      maxCost: positiveInt(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost),
      maxTokens: positiveInt(env, 'MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxTokens),
      maxBodyBytes: positiveInt(env, 'MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
      maxIngestBodyBytes: positiveInt(env, 'MAX_INGEST_BODY_BYTES', DEFAULT_LIMITS.maxIngestBodyBytes),
      maxJsonDepth: positiveInt(env, 'MAX_JSON_DEPTH', DEFAULT_LIMITS.maxJsonDepth, 1000),
      ratePerMinute: positiveInt(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_LIMITS.ratePerMinute),
      introspection: flag(env, 'INTROSPECTION', DEFAULT_LIMITS.introspection),
    },
    http: httpLimits(env),
  };
}

function httpLimits(env: NodeJS.ProcessEnv): HttpLimits {
  const d = DEFAULT_HTTP_LIMITS;
  const l: HttpLimits = {
    headersTimeoutMs: positiveInt(env, 'HEADERS_TIMEOUT_MS', d.headersTimeoutMs),
    requestTimeoutMs: positiveInt(env, 'REQUEST_TIMEOUT_MS', d.requestTimeoutMs),
    keepAliveTimeoutMs: positiveInt(env, 'KEEP_ALIVE_TIMEOUT_MS', d.keepAliveTimeoutMs),
    idleTimeoutMs: positiveInt(env, 'IDLE_TIMEOUT_MS', d.idleTimeoutMs),
    maxConnections: positiveInt(env, 'MAX_CONNECTIONS', d.maxConnections, 1_000_000),
  };
  // Node refuses a headers timeout longer than the request timeout.
  if (l.headersTimeoutMs > l.requestTimeoutMs) throw new ConfigError('HEADERS_TIMEOUT_MS', `must not be over REQUEST_TIMEOUT_MS (${l.requestTimeoutMs})`);
  // The idle timer also runs while an answer is computed: it must outlast a request.
  if (l.idleTimeoutMs < l.requestTimeoutMs) throw new ConfigError('IDLE_TIMEOUT_MS', `must be at least REQUEST_TIMEOUT_MS (${l.requestTimeoutMs})`);
  return l;
}
