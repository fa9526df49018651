import { GraphQLError } from 'graphql';
import { extractArticle } from '../../extract/pipeline.ts';
import { InputError } from '../../extract/read/errors.ts';
import { validateMeta } from '../../extract/read/metadata.ts';
import { parseArticle } from '../../extract/read/read-article.ts';
import { sha256, toArticleGraph } from '../../store/article-graph.ts';
import type { ApiContext } from '../context.ts';

/** Mutations change the graph, so they need the bearer token; without API_TOKEN they are off. */
function authorize(ctx: ApiContext): void {
  if (ctx.auth === 'ok') return;
  if (ctx.auth === 'disabled') throw new GraphQLError('mutations are disabled: the server has no API_TOKEN', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  throw new GraphQLError(ctx.auth === 'missing' ? 'authentication required: send Authorization: Bearer <token>' : 'invalid token', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

const MAX_TEXT = 5 * 1024 * 1024;

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
    if (Buffer.byteLength(a.text) > MAX_TEXT) throw new GraphQLError('text is over the 5 MB limit', { extensions: { code: 'BAD_USER_INPUT' } });
    try {
      const meta = validateMeta(a.metadata ?? {}, 'metadata');
      // Without a URL or a file name an article is known by its text: two different texts are two articles, not a replacement.
      const file = typeof a.metadata?.file === 'string' && a.metadata.file ? String(a.metadata.file) : `api-${sha256(a.text).slice(0, 16)}.txt`;
      const doc = toArticleGraph(extractArticle(parseArticle(a.text, file, meta)));
      const result = await ctx.store.putArticle(doc);
      return { article: doc.article, result, facts: doc.facts.length };
    } catch (e) {
      if (e instanceof InputError) throw new GraphQLError(e.reason, { extensions: { code: 'BAD_USER_INPUT' } });
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
