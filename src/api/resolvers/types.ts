import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { ArticleRecord, EventRecord, FactGroup, FactSource, GraphPath } from '../../store/graph-store.ts';
import { MAX_PAGE } from '../../store/graph-store.ts';
import { eventEntity } from '../event-entity.ts';
import type { ApiContext } from '../context.ts';
import { pageOf } from '../paging.ts';

type PageArgs = { first?: number | null; offset?: number | null };

type EntityLike = EntityRecord & { mentionCount?: number };

const entityFields = {
  aliases: (e: EntityLike) => e.aliases ?? [],
  mentionCount: (e: EntityLike) => e.mentionCount ?? 0,
  articles: (e: EntityLike, a: { limit?: number; offset?: number }, ctx: ApiContext) =>
    e.type === ('Event' as never) ? articlesOfEvent(e as unknown as EventRecord, ctx) : ctx.store.articlesMentioning(e.id, { limit: Math.min(MAX_PAGE, a.limit ?? 20), offset: a.offset ?? 0 }),
};

const withCountry = {
  ...entityFields,
  country: (e: EntityLike, _: unknown, ctx: ApiContext) => (e.countryCode ? ctx.entities.load(`country:${e.countryCode}`) : null),
};

/** Every article that reports a resolved event. */
async function articlesOfEvent(ev: EventRecord, ctx: ApiContext) {
  const found = await ctx.articles.loadMany(ev.articleIds ?? [ev.articleId]);
  return found.filter((a): a is ArticleRecord => !!a && !(a instanceof Error));
}

export const Entity = {
  __resolveType: (e: EntityLike) => e.type,
};

export const Country = { ...entityFields, code: (e: EntityLike) => e.code ?? e.id.slice('country:'.length) };
export const Person = withCountry;
export const Organization = withCountry;
export const Place = withCountry;
export const Event = {
  ...entityFields,
  place: (e: EventRecord, _: unknown, ctx: ApiContext) => (e.place ? ctx.entities.load(e.place) : null),
  participants: async (e: EventRecord, a: PageArgs, ctx: ApiContext) => {
    const { offset, first } = pageOf('participants', a, 50);
    return (await ctx.entities.loadMany(e.participants.slice(offset, offset + first))).filter((x): x is EntityRecord => !!x && !(x instanceof Error));
  },
  reportCount: (e: EventRecord) => e.articleIds?.length ?? 1,
};

export const Relation = {
  id: (r: FactGroup) => r.key,
  subject: (r: FactGroup, _: unknown, ctx: ApiContext) => ctx.entities.load(r.subject),
  object: (r: FactGroup, _: unknown, ctx: ApiContext) => ctx.entities.load(r.object),
  sources: (r: FactGroup, a: PageArgs) => {
    const { offset, first } = pageOf('sources', a, 10);
    // A page reads the evidence of its own sources only: a fact reported 2,000 times is not read whole.
    return r.sourcesPage ? r.sourcesPage(offset, first) : r.sources.slice(offset, offset + first);
  },
  role: (r: FactGroup) => r.sources.find((s) => s.role)?.role ?? null,
  event: async (r: FactGroup, _: unknown, ctx: ApiContext) => {
    const id = r.sources.find((s) => s.eventId)?.eventId;
    const ev = id ? await ctx.store.getEvent(id) : null;
    return ev ? eventEntity(ev) : null;
  },
};

export const Source = {
  article: (s: FactSource, _: unknown, ctx: ApiContext) => ctx.articles.load(s.articleId),
  outlet: async (s: FactSource, _: unknown, ctx: ApiContext) => (await ctx.articles.load(s.articleId))?.source ?? null,
  url: async (s: FactSource, _: unknown, ctx: ApiContext) => (await ctx.articles.load(s.articleId))?.url ?? null,
  published: async (s: FactSource, _: unknown, ctx: ApiContext) => (await ctx.articles.load(s.articleId))?.published ?? null,
};

export const Link = {
  via: async (l: { via: string[] }, _: unknown, ctx: ApiContext) => (await ctx.entities.loadMany(l.via)).filter((x) => x && !(x instanceof Error)),
};

export const Path = {
  length: (p: GraphPath) => p.edges.length,
  nodes: async (p: GraphPath, _: unknown, ctx: ApiContext) => ctx.entities.loadMany(p.nodes),
  relations: (p: GraphPath) => p.edges,
};

export const Article = {
  duplicateGroup: (a: ArticleRecord) => a.duplicateGroup ?? a.id,
  facts: (a: ArticleRecord, args: { limit?: number; offset?: number }, ctx: ApiContext) =>
    ctx.store.facts({ articleId: a.id, limit: Math.min(MAX_PAGE, args.limit ?? 100), offset: Math.max(0, args.offset ?? 0) }),
};
