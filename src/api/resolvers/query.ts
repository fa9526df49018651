import { byCodePoint } from '../../store/fact-query.ts';
import { MAX_DEPTH, MAX_HOPS, MAX_PAGE, type GraphStore } from '../../store/graph-store.ts';
import { PREDICATES, type Predicate, type Status } from '../../extract/types.ts';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../context.ts';
import { checkPartialDate } from '../partial-date.ts';
import { entityId, givenId } from '../ids.ts';
import { directed, directedQuery, links, meetingsBetween, timeline, type Direction, type FactFilter } from '../questions.ts';
import type { EntityType } from '../../extract/lexicon/types.ts';

type Args<T> = T & { filter?: FactFilter | null };
const clamp = (n: number | null | undefined, lo: number, hi: number, dflt: number) => Math.min(hi, Math.max(lo, n ?? dflt));

/** A date argument typed String in the schema, checked as a PartialDate. */
function dateArg(name: string, v: string | null | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  try {
    return checkPartialDate(v);
  } catch (e) {
    throw new GraphQLError(`${name}: ${(e as Error).message}`, { extensions: { code: 'BAD_USER_INPUT', argument: name } });
  }
}

/** A bound the analyst must know about (depth, hops): out of range is an error, never silently clamped. */
function within(name: string, n: number | null | undefined, lo: number, hi: number, dflt: number): number {
  const v = n ?? dflt;
  if (v < lo || v > hi) throw new GraphQLError(`${name} must be from ${lo} to ${hi}, got ${v}`, { extensions: { code: 'BAD_USER_INPUT', argument: name } });
  return v;
}

/**
 * Relations of one predicate at an entity argument. Where the store answers a question at an entity
 * with the records of the entity and of the other ends in one read (Neo4j: one round trip where there
 * were three), an id or ISO code is asked that way; the records fill the request's entity loader, from
 * which the argument is then checked (NOT_FOUND, wrong type) and the ends are resolved.
 */
async function directedAt(ctx: ApiContext, input: string, type: EntityType, predicate: Predicate, direction: Direction, f: FactFilter | null | undefined) {
  const id = ctx.store.factsWithEntities ? givenId(input, type) : null;
  if (!id) return directed(ctx.store, await entityId(ctx, input, type), predicate, direction, f);
  const { groups, entities } = await ctx.store.factsWithEntities!(directedQuery(id, predicate, direction, f));
  for (const e of entities) ctx.entities.prime(e.id, e);
  ctx.entities.prime(id, null);
  await entityId(ctx, input, type);
  return groups;
}

/** One small resolver per question; each turns arguments into one store call (or a composed question). */
export const Query = {
  entity: async (_: unknown, a: { id: string }, ctx: ApiContext) => ctx.entities.load(await entityId(ctx, a.id)),
  search: async (_: unknown, a: { query: string; limit?: number }, ctx: ApiContext) =>
    (await ctx.search.search(a.query.slice(0, 200), clamp(a.limit, 1, MAX_PAGE, 10))).map((h) => h.entity),
  searchHits: async (_: unknown, a: { query: string; limit?: number }, ctx: ApiContext) =>
    (await ctx.search.search(a.query.slice(0, 200), clamp(a.limit, 1, MAX_PAGE, 10))).map((h) => ({ entity: h.entity, type: h.entity.type, score: h.score, matched: h.matched, by: h.kind })),
  visitors: async (_: unknown, a: Args<{ country: string }>, ctx: ApiContext) => directedAt(ctx, a.country, 'Country', 'VISITED', 'IN', a.filter),
  travels: async (_: unknown, a: Args<{ person: string }>, ctx: ApiContext) => directedAt(ctx, a.person, 'Person', 'VISITED', 'OUT', a.filter),
  meetings: async (_: unknown, a: Args<{ person: string }>, ctx: ApiContext) => directedAt(ctx, a.person, 'Person', 'MET', 'BOTH', a.filter),
  meetingsBetween: async (_: unknown, a: Args<{ countryA: string; countryB: string }>, ctx: ApiContext) =>
    meetingsBetween(ctx.store, await entityId(ctx, a.countryA, 'Country'), await entityId(ctx, a.countryB, 'Country'), a.filter),
  deployments: async (_: unknown, a: Args<{ country: string; direction: Direction }>, ctx: ApiContext) =>
    directedAt(ctx, a.country, 'Country', 'DEPLOYED_TROOPS_TO', a.direction, a.filter),
  armsSupplies: async (_: unknown, a: Args<{ country: string; direction: Direction }>, ctx: ApiContext) =>
    directedAt(ctx, a.country, 'Country', 'SUPPLIED_ARMS_TO', a.direction, a.filter),
  exercises: async (_: unknown, a: Args<{ country: string }>, ctx: ApiContext) => directedAt(ctx, a.country, 'Country', 'JOINT_EXERCISE', 'BOTH', a.filter),
  officials: async (_: unknown, a: Args<{ country: string }>, ctx: ApiContext) => directedAt(ctx, a.country, 'Country', 'OFFICIAL_OF', 'IN', a.filter),
  links: async (_: unknown, a: Args<{ a: string; b: string }>, ctx: ApiContext) => links(ctx.store, await entityId(ctx, a.a), await entityId(ctx, a.b), a.filter),
  paths: async (_: unknown, a: { from: string; to: string; maxHops?: number; limit?: number }, ctx: ApiContext) =>
    ctx.store.paths(await entityId(ctx, a.from), await entityId(ctx, a.to), within('maxHops', a.maxHops, 1, MAX_HOPS, 3), clamp(a.limit, 1, 20, 5)),
  neighbourhood: async (_: unknown, a: { id: string; depth?: number; predicates?: Predicate[]; from?: string; to?: string; status?: Status[]; limit?: number }, ctx: ApiContext) => {
    const sub = await ctx.store.neighbourhood(await entityId(ctx, a.id), {
      depth: within('depth', a.depth, 1, MAX_DEPTH, 1) as 1 | 2, predicates: a.predicates ?? undefined, from: dateArg('from', a.from), to: dateArg('to', a.to),
      statuses: a.status ?? undefined, limit: a.limit ?? undefined,
    });
    for (const n of sub.nodes) ctx.entities.prime(n.id, n);
    return sub;
  },
  /** One relation by its id (predicate|subject|object|date, as Relation.id gives it); null when the store holds none. */
  relation: async (_: unknown, a: { id: string }, ctx: ApiContext) => {
    const [predicate, subject, object, date, ...rest] = a.id.split('|');
    if (!PREDICATES.includes(predicate as Predicate) || !subject || !object || date === undefined || rest.length) return null;
    const dated = date ? { from: date, to: date } : {};
    const rows = await ctx.store.facts({ predicates: [predicate as Predicate], subject, object, ...dated });
    return rows.find((r) => r.key === a.id) ?? null;
  },
  timeline: async (_: unknown, a: Args<{ id: string }>, ctx: ApiContext) => timeline(ctx.store, await entityId(ctx, a.id), a.filter),
  articles: (_: unknown, a: { limit?: number; offset?: number }, ctx: ApiContext) => ctx.store.listArticles({ limit: clamp(a.limit, 1, MAX_PAGE, 20), offset: Math.max(0, a.offset ?? 0) }),
  article: (_: unknown, a: { id: string }, ctx: ApiContext) => ctx.store.getArticle(a.id),
  stats: async (_: unknown, __: unknown, ctx: ApiContext) => statsOf(ctx.store),
};

async function statsOf(store: GraphStore) {
  const s = await store.stats();
  const counts = (o: Record<string, number | undefined>) => Object.entries(o).map(([key, count]) => ({ key, count: count ?? 0 })).sort((a, b) => byCodePoint(a.key, b.key));
  return { store: store.kind, articles: s.articles, entities: counts(s.entities), facts: counts(s.facts) };
}

