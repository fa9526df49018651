import MiniSearch from 'minisearch';
import type { EntityRecord } from '../../extract/lexicon/types.ts';
import { MAX_PAGE, type GraphStore } from '../../store/graph-store.ts';
import { lexiconForms, type FormKind } from './name-forms.ts';
import { searchKey } from './name-key.ts';

/** One ranked answer: the entity, how well it matched, and the name it matched by. */
export interface SearchHit {
  entity: EntityRecord & { mentionCount?: number };
  /** The class of match: 100 the whole name, 90 a capital's whole name, 60 whole words, 40 word beginnings, 20 a near spelling, 10 part of a word. */
  score: number;
  matched: string;
  /** 'capital' when the entity was found by its capital or seat of government ("Tokyo" for Japan). */
  kind: FormKind;
}

interface FormDoc { id: number; key: string; entityId: string; form: string; kind: FormKind }

let index: { search: MiniSearch<FormDoc>; docs: FormDoc[] } | undefined;

/** The gazetteer's names in a MiniSearch index, built once per process on the first search. */
function lexiconIndex() {
  if (index) return index;
  const docs: FormDoc[] = [];
  const seen = new Set<string>();
  for (const f of lexiconForms()) {
    const key = searchKey(f.form);
    const dedup = `${f.entityId}\u0000${key}`;
    if (!key || seen.has(dedup)) continue;
    seen.add(dedup);
    docs.push({ id: docs.length, key, entityId: f.entityId, form: f.form, kind: f.kind });
  }
  // Keys are already normalised (searchKey): MiniSearch only splits them on spaces.
  const search = new MiniSearch<FormDoc>({ fields: ['key'], tokenize: (s) => s.split(' '), processTerm: (t) => t || null });
  search.addAll(docs);
  return (index = { search, docs });
}

/** Builds the index now rather than on the first search (about half a second): the server calls it at start. */
export function warmEntitySearch(): void {
  lexiconIndex();
}

/** How a name matches the query key: the classes of SearchHit.score, or 0. */
export function matchClass(query: string, key: string, kind: FormKind): number {
  if (!key) return 0;
  const capital = kind === 'capital' ? 1 : 0;
  if (key === query) return 100 - 10 * capital;
  const words = key.split(' ');
  const wanted = query.split(' ');
  if (wanted.every((w) => words.includes(w))) return 60 - 5 * capital;
  if (wanted.every((w) => words.some((k) => k.startsWith(w)))) return 40 - 5 * capital;
  return key.includes(query) ? 10 : 0;
}

/**
 * Entity search over the store: the store's own name search (every stored entity, lexicon or not)
 * together with the gazetteer's Arabic and English names, transliterations and capitals, tolerant
 * of a typo or two (MiniSearch's fuzzy match over the folded keys). Ranked by match class, then by
 * the number of articles that name the entity.
 */
export class EntitySearch {
  constructor(private readonly store: GraphStore) {}

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    const key = searchKey(query.slice(0, 200));
    if (!key) return [];
    const best = new Map<string, { score: number; matched: string; kind: FormKind }>();
    const offer = (id: string, score: number, matched: string, kind: FormKind) => {
      const had = best.get(id);
      if (score > 0 && (!had || score > had.score)) best.set(id, { score, matched, kind });
    };
    const { search, docs } = lexiconIndex();
    const found = search.search(key, {
      combineWith: 'AND',
      prefix: (term) => term.length >= 2,
      // One edit in a word of four letters or more, two from eight: "Lavrv", "Pyongyng", "Moskow".
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
      maxFuzzy: 2,
    });
    for (const r of found.slice(0, 300)) {
      const d = docs[r.id as number]!;
      offer(d.entityId, matchClass(key, d.key, d.kind) || 20, d.form, d.kind);
    }
    // Only entities the store holds are answers; the lexicon knows many more.
    const stored = await this.store.getEntities([...best.keys()]);
    for (const id of best.keys()) if (!stored.has(id)) best.delete(id);
    for (const e of await this.store.searchEntities(query.slice(0, 200), MAX_PAGE)) {
      stored.set(e.id, e);
      for (const f of [e.name, e.nameAr ?? '', ...e.aliases]) offer(e.id, matchClass(key, searchKey(f), 'name'), f, 'name');
    }
    const hits: SearchHit[] = [];
    for (const [id, m] of best) {
      const entity = stored.get(id);
      if (entity) hits.push({ entity, ...m });
    }
    hits.sort((a, b) => b.score - a.score || (b.entity.mentionCount ?? 0) - (a.entity.mentionCount ?? 0) || (a.entity.name < b.entity.name ? -1 : 1));
    return hits.slice(0, Math.min(limit, MAX_PAGE));
  }
}
