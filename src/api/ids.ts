import { GraphQLError } from 'graphql';
import type { EntityType } from '../extract/lexicon/types.ts';
import type { ApiContext } from './context.ts';

/**
 * An entity argument as an id: an id passes through, an ISO code becomes a country id, a name
 * resolves to the best search hit of the wanted type. Unknown names are a clear error.
 */
export async function entityId(ctx: ApiContext, input: string, type?: EntityType): Promise<string> {
  const text = input.trim();
  if (!text) throw new GraphQLError('an entity argument is empty', { extensions: { code: 'BAD_USER_INPUT' } });
  if (text.length > 200) throw new GraphQLError('an entity argument is longer than 200 characters', { extensions: { code: 'BAD_USER_INPUT' } });
  if (/^(country|person|org|place|event):/.test(text)) return text;
  if (/^[A-Za-z]{2}$/.test(text) && type !== 'Person') return `country:${text.toUpperCase()}`;
  const hits = await ctx.store.searchEntities(text, 10);
  const hit = hits.find((e) => !type || e.type === type);
  if (!hit) throw new GraphQLError(`no ${type ?? 'entity'} matches "${text}"`, { extensions: { code: 'NOT_FOUND' } });
  return hit.id;
}
