import { GraphQLError } from 'graphql';
import type { EntityType } from '../extract/lexicon/types.ts';
import type { ApiContext } from './context.ts';

const badInput = (message: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });

/** An id or ISO code the graph holds, of the wanted type; otherwise an error that says which. */
async function known(ctx: ApiContext, id: string, text: string, type?: EntityType): Promise<string> {
  const e = await ctx.entities.load(id);
  if (!e) throw new GraphQLError(`no ${type ?? 'entity'} ${text} in the graph (no article names it)`, { extensions: { code: 'NOT_FOUND', argument: text } });
  if (type && e.type !== type) throw badInput(`${text} is a ${e.type}, not a ${type}`, { argument: text });
  return id;
}

/**
 * An entity argument as an id: an id or an ISO code must name an entity the graph holds, of the
 * wanted type; a name resolves to the one entity of the wanted type it names. A name that matches nothing is a
 * NOT_FOUND error; a name that matches several entities equally well ("Korea", "Kim") is an error
 * listing them, never a guess. Either error nulls only the field that asked (the schema's question
 * fields are nullable), so the other fields of the request are still answered.
 */
export async function entityId(ctx: ApiContext, input: string, type?: EntityType): Promise<string> {
  const text = input.trim();
  if (!text) throw badInput('an entity argument is empty');
  if (text.length > 200) throw badInput('an entity argument is longer than 200 characters');
  if (text.startsWith('event:')) return text;
  const id = givenId(text, type);
  if (id) return known(ctx, id, text, type);
  const hits = (await ctx.search.search(text, 20)).filter((h) => !type || h.entity.type === type);
  const what = type ?? 'entity';
  if (!hits.length) throw new GraphQLError(`no ${what} matches "${text}"`, { extensions: { code: 'NOT_FOUND', argument: text } });
  const tied = hits.filter((h) => h.score === hits[0]!.score);
  if (tied.length === 1) return hits[0]!.entity.id;
  const candidates = tied.slice(0, 10).map((h) => ({ id: h.entity.id, name: h.entity.name, type: h.entity.type }));
  throw badInput(
    `"${text}" names more than one ${what}: ${candidates.map((c) => `${c.id} (${c.name})`).join(', ')}${tied.length > 10 ? ', ...' : ''}; give an id or a fuller name`,
    { argument: text, candidates },
  );
}

/**
 * The entity id an argument gives without a name search (an id, or an ISO code where a country may
 * stand), or null; entityId still checks that the graph holds it, of the wanted type.
 */
export function givenId(input: string, type?: EntityType): string | null {
  const text = input.trim();
  if (text.length > 200) return null;
  if (/^(country|person|org|place):/.test(text)) return text;
  if (/^[A-Za-z]{2}$/.test(text) && type !== 'Person') return `country:${text.toUpperCase()}`;
  return null;
}
