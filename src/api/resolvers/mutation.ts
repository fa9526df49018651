import { GraphQLError } from 'graphql';
import { InputError } from '../../extract/read/errors.ts';
import { ingestText } from '../../ingest/ingest.ts';
import type { ApiContext } from '../context.ts';

/** Mutations change the graph, so they need the bearer token; without API_TOKEN they are off. */
function authorize(ctx: ApiContext): void {
  if (ctx.auth === 'ok') return;
  if (ctx.auth === 'disabled') throw new GraphQLError('mutations are disabled: the server has no API_TOKEN', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  throw new GraphQLError(ctx.auth === 'missing' ? 'authentication required: send Authorization: Bearer <token>' : 'invalid token', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * A write the store refused (disk full, file-size limit, read-only DATA_DIR, a writer holding the
 * lock past the busy timeout): the transaction rolled back, so nothing of it is stored. The client is
 * told so with a code, and HTTP 503 so a retrying client or proxy knows to try again later.
 */
function storeFault(e: unknown): unknown {
  if (!(e instanceof Error) || e.name !== 'SqliteError') return e;
  const code = (e as Error & { code?: string }).code ?? 'SQLITE_ERROR';
  return new GraphQLError(`the store could not write (${code}: ${e.message}); nothing of this request was stored`, {
    extensions: { code: 'STORE_WRITE_FAILED', http: { status: 503 } },
  });
}

export const Mutation = {
  ingestArticle: async (_: unknown, a: { text: string; metadata?: Record<string, unknown> | null }, ctx: ApiContext) => {
    authorize(ctx);
    try {
      return await ingestText(ctx.store, a.text, a.metadata ?? {}, ctx.maxArticleBytes);
    } catch (e) {
      // The same message the CLI prints, with the part it names (text, or metadata and its field).
      if (e instanceof InputError) throw new GraphQLError(`${e.file}: ${e.reason}`, { extensions: { code: 'BAD_USER_INPUT' } });
      throw storeFault(e);
    }
  },
  retractArticle: async (_: unknown, a: { id: string }, ctx: ApiContext) => {
    authorize(ctx);
    try {
      return await ctx.store.retractArticle(a.id);
    } catch (e) {
      throw storeFault(e);
    }
  },
};
