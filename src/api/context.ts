import { timingSafeEqual } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityRecord } from '../extract/lexicon/types.ts';
import type { ArticleRecord, GraphStore } from '../store/graph-store.ts';
import { EntitySearch } from './search/entity-search.ts';

export type Auth = 'ok' | 'missing' | 'wrong' | 'disabled';

/** What one request's resolvers share: the store and per-request loaders that batch and cache lookups. */
export interface ApiContext {
  store: GraphStore;
  /** Names to entities: the store's names with the gazetteer's variants, capitals and typo tolerance. */
  search: EntitySearch;
  entities: DataLoader<string, EntityRecord | null>;
  articles: DataLoader<string, ArticleRecord | null>;
  auth: Auth;
  /** The input policy's size limit on an article's text (MAX_ARTICLE_BYTES). */
  maxArticleBytes: number;
}

export function checkToken(header: string | null, token: string | null): Auth {
  if (!token) return 'disabled';
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return 'missing';
  const given = Buffer.from(m[1]!.trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want) ? 'ok' : 'wrong';
}

export function createContext(store: GraphStore, apiToken: string | null, request: Request, maxArticleBytes: number): ApiContext {
  return {
    store,
    search: new EntitySearch(store),
    entities: new DataLoader(async (ids) => {
      const found = await store.getEntities([...ids]);
      return ids.map((id) => found.get(id) ?? null);
    }),
    articles: new DataLoader(async (ids) => Promise.all(ids.map((id) => store.getArticle(id)))),
    auth: checkToken(request.headers.get('authorization'), apiToken),
    maxArticleBytes,
  };
}
