import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { checkToken } from './context.ts';
import { ERROR_STATUS, type ErrorCode } from './errors.ts';
import { useQueryCost } from './query-cost.ts';
import { useBoundedJson } from './request-body.ts';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  /** bodies of queries, and of any request without a valid token */
  maxBodyBytes: number;
  /** bodies of requests with a valid token (ingestArticle carries a whole article) */
  maxIngestBodyBytes: number;
  /** arrays and objects nested in a request's JSON */
  maxJsonDepth: number;
  ratePerMinute: number;
  introspection: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 8,
  maxAliases: 15,
  // Counted with list sizes (query-cost.ts): the explorer's depth-2 question costs about 24,000.
  maxCost: 30_000,
  maxTokens: 1000,
  // A query of 1,000 tokens with its variables fits in a few kilobytes.
  maxBodyBytes: 64 * 1024,
  // An article of up to 5 MB travels in ingestArticle, JSON-escaped; only with the token.
  maxIngestBodyBytes: 6 * 1024 * 1024,
  maxJsonDepth: 32,
  ratePerMinute: 600,
  introspection: true,
};

const refuse = (code: ErrorCode, message: string, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status: ERROR_STATUS[code], headers: { 'content-type': 'application/json', ...extra },
  });

/** Request-level limits before GraphQL runs: body size (larger with the token) and a per-client rate limit. */
function useRequestGuards(limits: Limits, apiToken: string | null): Plugin {
  const limiter = new RateLimiterMemory({ points: limits.ratePerMinute, duration: 60 });
  return {
    async onRequest({ request, serverContext, endResponse }) {
      if (request.method === 'POST') {
        const length = request.headers.get('content-length');
        if (length === null) return endResponse(refuse('LENGTH_REQUIRED', 'a POST body needs a Content-Length header'));
        const writer = checkToken(request.headers.get('authorization'), apiToken) === 'ok';
        const [max, name] = writer ? [limits.maxIngestBodyBytes, 'MAX_INGEST_BODY_BYTES'] : [limits.maxBodyBytes, 'MAX_BODY_BYTES'];
        if (Number(length) > max) return endResponse(refuse('PAYLOAD_TOO_LARGE', `request body is over the ${max} byte limit (${name}${writer ? '' : '; larger bodies need the API token'})`));
      }
      const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket;
      const client = socket?.remoteAddress ?? request.headers.get('x-forwarded-for') ?? 'local';
      try {
        await limiter.consume(client);
      } catch {
        endResponse(refuse('RATE_LIMITED', 'too many requests: slow down', { 'retry-after': '60' }));
      }
    },
  };
}

function useNoIntrospection(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}

/** Every protection the service applies, from configuration. */
export function securityPlugins(limits: Limits, apiToken: string | null): Plugin[] {
  return [
    useRequestGuards(limits, apiToken),
    useBoundedJson(limits.maxJsonDepth),
    // A form post or a bare GET cannot carry a JSON content type or a custom header without a CORS preflight.
    useCSRFPrevention() as Plugin,
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth },
      maxAliases: { n: limits.maxAliases },
      // Armor's cost counts the fields a query names; ours (query-cost.ts) also counts list sizes.
      costLimit: { enabled: false },
      maxTokens: { n: limits.maxTokens },
      maxDirectives: { n: 10 },
      blockFieldSuggestion: { enabled: true },
    }) as unknown as Plugin,
    useQueryCost(limits.maxCost),
    ...(limits.introspection ? [] : [useNoIntrospection()]),
  ];
}
