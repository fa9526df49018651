import { MultiDirectedGraph } from 'graphology';
import type { EntityRecord } from '../../extract/lexicon/types.ts';
import { phraseKey } from '../../extract/text/normalize.ts';
import type { ArticleGraph, ArticleRecord, EventRecord, FactGroup, FactQuery, FactSource, StoreStats } from '../graph-store.ts';
import { MAX_PAGE } from '../graph-store.ts';
import { byCodePoint, groupFacts, matchesEnds } from '../fact-query.ts';
import { FactIndex } from './fact-index.ts';
import { MentionIndex } from './mention-index.ts';
import { StringPool } from './string-pool.ts';
import { StoredFact } from './stored-fact.ts';

/**
 * The embedded graph in memory: a graphology multigraph of entities, articles and events with their
 * structural links (LOCATED_IN, PARTICIPATED_IN, HELD_IN), and the fact relationships, one per (fact,
 * supporting article), in a FactIndex (adjacency lists by entity and predicate). Articles are applied
 * and removed whole. MENTIONS are kept as an index (entity -> articles) rather than as edges.
 */
export class MemoryGraph {
  readonly graph = new MultiDirectedGraph({ allowSelfLoops: false });
  readonly articles = new Map<string, ArticleGraph>();
  private readonly mentionedBy = new MentionIndex();
  /** Surface forms of each entity with the number of articles that use them, so a retract removes only its own. */
  private readonly aliasCounts = new Map<string, Map<string, number>>();
  readonly factIndex = new FactIndex();
  /**
   * One shared record per entity for the articles that describe it identically: most do. An entity
   * with no other forms is its graph node's attributes; only one with forms (whose node holds the
   * union of them) needs an entry here.
   */
  private readonly canonical = new Map<string, EntityRecord>();
  readonly events = new Map<string, EventRecord>();
  private readonly values = new StringPool();

  apply(written: ArticleGraph): void {
    const doc = { ...written };
    if (this.articles.has(doc.article.id)) this.remove(doc.article.id);
    this.articles.set(doc.article.id, doc);
    const g = this.graph;
    g.mergeNode(doc.article.id, { type: 'Article', id: doc.article.id });
    doc.entities = doc.entities.map((e) => this.shareEntity(e));
    for (const e of doc.entities) {
      this.mentionedBy.add(e.id, doc.article.id);
      if (this.countAliases(e, 1) || !g.hasNode(e.id)) this.upsertEntity(e);
      if (e.type === 'Place' && e.countryCode) {
        g.mergeNode(`country:${e.countryCode}`);
        g.mergeDirectedEdgeWithKey(`LOCATED_IN|${e.id}`, e.id, `country:${e.countryCode}`, { type: 'LOCATED_IN' });
      }
    }
    for (const ev of doc.events) {
      this.events.set(ev.id, ev);
      g.mergeNode(ev.id, { type: 'Event', id: ev.id, kind: ev.kind, date: ev.date, precision: ev.precision, status: ev.status, articleId: ev.articleId });
      for (const p of ev.participants) if (g.hasNode(p)) g.mergeDirectedEdgeWithKey(`PARTICIPATED_IN|${p}|${ev.id}`, p, ev.id, { type: 'PARTICIPATED_IN' });
      if (ev.place && g.hasNode(ev.place)) g.mergeDirectedEdgeWithKey(`HELD_IN|${ev.id}`, ev.id, ev.place, { type: 'HELD_IN' });
    }
    const ids = new Map(doc.entities.map((e) => [e.id, e.id]));
    doc.facts = doc.facts.map((f) => this.keep(f, doc.article, ids));
    for (const f of doc.facts) {
      if (f.subject === f.object || !g.hasNode(f.subject) || !g.hasNode(f.object)) continue;
      this.factIndex.add(f);
    }
  }

  remove(id: string): boolean {
    const doc = this.articles.get(id);
    if (!doc) return false;
    this.articles.delete(id);
    const g = this.graph;
    this.factIndex.removeArticle(id, doc.facts);
    for (const ev of doc.events) {
      this.events.delete(ev.id);
      if (g.hasNode(ev.id)) g.dropNode(ev.id);
    }
    if (g.hasNode(id)) g.dropNode(id);
    for (const e of doc.entities) {
      const left = this.mentionedBy.remove(e.id, id);
      const aliasesChanged = this.countAliases(e, -1);
      if (left > 0) {
        if (aliasesChanged) this.upsertEntity(e);
      }
      else {
        this.aliasCounts.delete(e.id);
        this.canonical.delete(e.id);
        if (g.hasNode(e.id)) g.dropNode(e.id);
      }
    }
    return true;
  }

  /**
   * A fact as the store keeps it: its ids and repeated values point at the one copy the graph already
   * holds, and evidence that is a sentence of the stored text is kept as offsets, not a second copy.
   */
  private keep(f: FactSource, article: ArticleRecord, sharedIds: Map<string, string>): StoredFact {
    const kept = new StoredFact(f);
    kept.subject = sharedIds.get(f.subject) ?? f.subject;
    kept.object = sharedIds.get(f.object) ?? f.object;
    kept.articleId = article.id;
    kept.date = this.values.get(f.date);
    kept.precision = this.values.get(f.precision);
    kept.status = this.values.get(f.status);
    kept.rule = this.values.get(f.rule);
    kept.role = this.values.get(f.role);
    if (f.evidence && article.text.slice(f.evidenceStart, f.evidenceEnd) === f.evidence) kept.evidence = '';
    return kept;
  }

  private shareEntity(e: EntityRecord): EntityRecord {
    const known = this.recordOf(e.id);
    if (known && sameEntity(known, e)) return known;
    if (e.aliases.length === 0) e.aliases = NO_ALIASES;
    if (!known && (e.nameAr || e.aliases.length)) this.canonical.set(e.id, e);
    return e;
  }

  private recordOf(id: string): EntityRecord | undefined {
    const known = this.canonical.get(id);
    if (known || !this.graph.hasNode(id)) return known;
    const attrs = this.graph.getNodeAttributes(id) as Partial<EntityRecord>;
    return attrs.id ? (attrs as EntityRecord) : undefined;
  }

  /** Counts the entity's surface forms in or out; true when a form appeared or disappeared. */
  private countAliases(e: EntityRecord, delta: 1 | -1): boolean {
    const forms = e.nameAr ? [...e.aliases, e.nameAr] : e.aliases;
    // Most entities found in text have no other form: they get no map at all.
    if (!forms.length) return false;
    let counts = this.aliasCounts.get(e.id);
    if (!counts) this.aliasCounts.set(e.id, (counts = new Map<string, number>()));
    let changed = false;
    for (const a of forms.length > 1 ? new Set(forms) : forms) {
      const n = (counts.get(a) ?? 0) + delta;
      if (n > 0) counts.set(a, n);
      else counts.delete(a);
      changed ||= n === 0 || (delta === 1 && n === 1);
    }
    return changed;
  }

  /** One entity as all the articles that mention it describe it: aliases are the union of their forms. */
  private upsertEntity(e: EntityRecord): void {
    const g = this.graph;
    const current = g.hasNode(e.id) ? (g.getNodeAttributes(e.id) as Partial<EntityRecord>) : {};
    const base = current.id ? current : e;
    const aliases = [...(this.aliasCounts.get(e.id)?.keys() ?? [])].filter((a) => a !== base.nameAr);
    g.mergeNode(e.id);
    // An entity with no other forms is its shared record itself, not a copy of it.
    g.replaceNodeAttributes(e.id, base === e && !aliases.length && !e.aliases.length ? e : { ...e, ...base, aliases });
  }

  /** Articles that mention an entity (the MENTIONS relationships of the graph model). */
  mentions(id: string): string[] {
    return this.mentionedBy.articles(id);
  }

  entity(id: string): (EntityRecord & { mentionCount: number }) | null {
    const mentionCount = this.mentionedBy.count(id);
    if (!mentionCount) return null;
    // Object.assign, not a spread: V8 put spread copies of these records in the old generation, so
    // each answer left garbage there and full collections came every few seconds under load.
    const e = Object.assign({}, this.graph.getNodeAttributes(id) as EntityRecord) as EntityRecord & { mentionCount: number };
    e.mentionCount = mentionCount;
    return e;
  }

  search(query: string, limit: number): EntityRecord[] {
    const q = phraseKey(query);
    if (!q) return [];
    const scored: [number, string][] = [];
    // Scored on the stored records; only the hits returned are copied (entity()).
    for (const id of this.mentionedBy.entities()) {
      const e = this.graph.getNodeAttributes(id) as EntityRecord;
      const forms = [e.name, e.nameAr ?? '', ...e.aliases].map(phraseKey);
      const score = forms.some((f) => f === q) ? 3 : forms.some((f) => f.startsWith(q)) ? 2 : forms.some((f) => f.includes(q)) ? 1 : 0;
      if (score) scored.push([score * 1000 + this.mentionedBy.count(id), id]);
    }
    return scored.sort((a, b) => b[0] - a[0]).slice(0, Math.min(limit, MAX_PAGE)).map(([, id]) => this.entity(id)!);
  }

  /** A stored fact as the interface returns it, with its evidence sentence read back from the article text. */
  hydrate(f: FactSource): FactSource {
    if (!(f instanceof StoredFact)) return f;
    const text = f.evidence ? '' : (this.articles.get(f.articleId)?.article.text ?? '');
    return f.toSource(text.slice(f.evidenceStart, f.evidenceEnd));
  }

  /** The article graphs as written, evidence included: what a snapshot saves. */
  *documents(ids: Iterable<string> = this.articles.keys()): Generator<ArticleGraph> {
    for (const id of ids) {
      const doc = this.articles.get(id);
      if (doc) yield { ...doc, facts: doc.facts.map((f) => this.hydrate(f)) };
    }
  }

  facts(q: FactQuery): FactGroup[] {
    if (q.articleId) {
      const doc = this.articles.get(q.articleId);
      return doc ? groupFacts(doc.facts.map((f) => this.hydrate(f)), q) : [];
    }
    const anchor = this.anchorOf(q);
    if (anchor && !this.graph.hasNode(anchor)) return [];
    const sources: FactSource[] = [];
    if (anchor) {
      for (const list of this.factIndex.listsOf(anchor, q.predicates)) for (const f of list) if (matchesEnds(f, q)) sources.push(f);
    } else {
      for (const f of this.factIndex.all()) if (!q.predicates?.length || q.predicates.includes(f.predicate)) sources.push(f);
    }
    return groupFacts(sources, q, (f) => this.hydrate(f));
  }

  /** The entity whose facts a query reads; with both ends given (a link), the one with fewer facts. */
  private anchorOf(q: FactQuery): string | undefined {
    if (q.either) return q.either;
    if (q.subject && q.object) return this.factIndex.degree(q.subject) <= this.factIndex.degree(q.object) ? q.subject : q.object;
    return q.subject ?? q.object;
  }

  articlesMentioning(id: string, limit: number, offset: number): ArticleRecord[] {
    return this.mentionedBy.articles(id)
      .map((aid) => this.articles.get(aid)!.article)
      .sort((a, b) => byCodePoint(b.published ?? '', a.published ?? '') || byCodePoint(a.id, b.id))
      .slice(offset, offset + limit);
  }

  listArticles(limit: number, offset: number): ArticleRecord[] {
    return [...this.articles.values()]
      .map((d) => d.article)
      .sort((a, b) => byCodePoint(b.published ?? '', a.published ?? '') || byCodePoint(a.id, b.id))
      .slice(offset, offset + limit);
  }

  stats(): StoreStats {
    const entities: StoreStats['entities'] = {};
    for (const id of this.mentionedBy.entities()) {
      const t = (this.graph.getNodeAttributes(id) as EntityRecord).type;
      entities[t] = (entities[t] ?? 0) + 1;
    }
    let events = 0;
    for (const d of this.articles.values()) events += d.events.length;
    if (events) entities.Event = events;
    const facts: StoreStats['facts'] = {};
    const seen = new Set<string>();
    for (const f of this.factIndex.all()) {
      if (seen.has(f.key)) continue;
      seen.add(f.key);
      facts[f.predicate] = (facts[f.predicate] ?? 0) + 1;
    }
    return { articles: this.articles.size, entities, facts };
  }
}

/** Shared by every record without aliases; frozen, since they are all the same array. */
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];

function sameEntity(a: EntityRecord, b: EntityRecord): boolean {
  return a.type === b.type && a.name === b.name && a.nameAr === b.nameAr && a.code === b.code && a.countryCode === b.countryCode
    && a.role === b.role && a.known === b.known && a.state === b.state
    && a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);
}
