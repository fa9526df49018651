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

export const Mutation = {
  ingestArticle: async (_: unknown, a: { text: string; metadata?: Record<string, unknown> | null }, ctx: ApiContext) => {
    authorize(ctx);
    try {
      return await ingestText(ctx.store, a.text, a.metadata ?? {}, ctx.maxArticleBytes);
    } catch (e) {
      // The same message the CLI prints, with the part it names (text, or metadata and its field).
      if (e instanceof InputError) throw new GraphQLError(`${e.file}: ${e.reason}`, { extensions: { code: 'BAD_USER_INPUT' } });
      throw e;
    }
  },
  retractArticle: async (_: unknown, a: { id: string }, ctx: ApiContext) => {
    authorize(ctx);
    return ctx.store.retractArticle(a.id);
  },
};
