import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxBodyBytes: number;
  requestTimeoutMs: number;
  ratePerMinute: number;
  introspection: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 1000,
  // An article of up to 5 MB travels in ingestArticle, JSON-escaped.
  maxBodyBytes: 6 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  ratePerMinute: 600,
  introspection: true,
};

const refuse = (status: number, message: string, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code: status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST' } }] }), {
    status, headers: { 'content-type': 'application/json', ...extra },
  });

/** Request-level limits before GraphQL runs: body size and a per-client rate limit. */
function useRequestGuards(limits: Limits): Plugin {
  const limiter = new RateLimiterMemory({ points: limits.ratePerMinute, duration: 60 });
  return {
    async onRequest({ request, serverContext, endResponse }) {
      if (request.method === 'POST') {
        const length = request.headers.get('content-length');
        if (length === null) return endResponse(refuse(411, 'a POST body needs a Content-Length header'));
        if (Number(length) > limits.maxBodyBytes) return endResponse(refuse(413, `request body is over the ${limits.maxBodyBytes} byte limit`));
      }
      const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket;
      const client = socket?.remoteAddress ?? request.headers.get('x-forwarded-for') ?? 'local';
      try {
        await limiter.consume(client);
      } catch {
        endResponse(refuse(429, 'too many requests: slow down', { 'retry-after': '60' }));
      }
    },
  };
}

function useNoIntrospection(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}

/** Every protection the service applies, from configuration. */
export function securityPlugins(limits: Limits): Plugin[] {
  return [
    useRequestGuards(limits),
    // A form post or a bare GET cannot carry a JSON content type or a custom header without a CORS preflight.
    useCSRFPrevention() as Plugin,
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth },
      maxAliases: { n: limits.maxAliases },
      costLimit: { maxCost: limits.maxCost },
      maxTokens: { n: limits.maxTokens },
      maxDirectives: { n: 10 },
      blockFieldSuggestion: { enabled: true },
    }) as unknown as Plugin,
    ...(limits.introspection ? [] : [useNoIntrospection()]),
  ];
}
