import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Every failure class a client can meet, by the code in `extensions.code`, with its HTTP status. A
 * client's mistake is never a 5xx; the store failing is 503 (try again), anything else is 500.
 */
export const ERROR_STATUS = {
  /** not a GraphQL request: invalid JSON, a batch, JSON nested too deep, a missing Content-Length */
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  /** over a limit of depth, aliases, tokens, directives or cost */
  QUERY_TOO_COMPLEX: 400,
  /** an operation type the schema does not have (subscription) */
  OPERATION_NOT_SUPPORTED: 400,
  /** operationName names no operation of the document */
  OPERATION_RESOLUTION_FAILURE: 400,
  /** an argument, variable or article the service refuses */
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  METHOD_NOT_ALLOWED: 405,
  LENGTH_REQUIRED: 411,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  /** the store could not read or answer (Neo4j down, a broken file): try again */
  STORE_UNAVAILABLE: 503,
  /** the store refused a write (disk full, file-size limit, read-only DATA_DIR, busy past the timeout); nothing of it was stored */
  STORE_WRITE_FAILED: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Codes of one field's failure: with other fields answered the response stays 200 (partial data); alone, 404 or 400. */
const FIELD_CODES = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND']);

const TOO_COMPLEX = /\b(depth|aliases|token|directives|cost) limit of \d+ exceeded/i;
const BAD_VARIABLE = /^Variable "\$[^"]+" (of required type .* was not provided|got invalid value)/;

/** The code of an error: its own, else read from the few library errors that carry none. */
export function codeOf(error: GraphQLError): ErrorCode {
  const own = error.extensions?.code;
  // Plugins that refuse a request by its HTTP status (CSRF prevention: 403; a mutation over GET: 405,
  // which yoga codes BAD_REQUEST) are named by that status.
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  const byStatus = Object.entries(ERROR_STATUS).find(([, s]) => s === status);
  if (byStatus && (own === undefined || own === 'BAD_REQUEST')) return byStatus[0] as ErrorCode;
  if (typeof own === 'string' && own in ERROR_STATUS) return own as ErrorCode;
  if (TOO_COMPLEX.test(error.message)) return 'QUERY_TOO_COMPLEX';
  if (BAD_VARIABLE.test(error.message)) return 'BAD_USER_INPUT';
  // A GraphQLError outside execution (no path) is about the request; one inside was masked if unexpected.
  return error.path ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
}

export function codedError(message: string, code: ErrorCode, headers?: Record<string, string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: ERROR_STATUS[code], ...(headers ? { headers } : {}) } } });
}

function withCode(error: GraphQLError, partial: boolean): GraphQLError {
  const code = codeOf(error);
  const http = (error.extensions?.http ?? {}) as { status?: number; headers?: Record<string, string> };
  const status = partial && FIELD_CODES.has(code) ? undefined : ERROR_STATUS[code];
  const { http: _, unexpected: __, ...rest } = error.extensions ?? {};
  return new GraphQLError(error.message, {
    nodes: error.nodes, source: error.source, positions: error.positions, path: error.path,
    extensions: { ...rest, code, ...(status || http.headers ? { http: { ...(status ? { status } : {}), ...(http.headers ? { headers: http.headers } : {}) } } : {}) },
  });
}

/** Gives every error of an answer its code and the HTTP status that fits it, in one place. */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const single = result as ExecutionResult;
      if (!single.errors?.length) return;
      // Partial when some field was answered: a question field that failed alone (an unknown entity)
      // leaves the others' answers, HTTP 200; when every field failed, the failure's status fits.
      const partial = !!single.data && Object.values(single.data).some((v) => v !== null && v !== undefined);
      setResult({ ...single, errors: single.errors.map((e) => withCode(e, partial)) });
    },
  };
}
