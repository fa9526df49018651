import { config as loadDotenv } from 'dotenv';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './api/http-limits.ts';
import { DEFAULT_LIMITS, type Limits } from './api/limits.ts';

export interface Config {
  dataDir: string;
  neo4j: { uri: string; user: string; password: string; database: string; batchSize: number } | null;
  maxArticleBytes: number;
  port: number;
  /** Server processes sharing PORT; with the embedded store each holds a replica of the graph. */
  workers: number;
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
    workers: positiveInt(env, 'WORKERS', 1, 64),
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
