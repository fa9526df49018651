import neo4j from 'neo4j-driver';
import type { EntityRecord } from '../../extract/lexicon/types.ts';
import type { Predicate } from '../../extract/types.ts';
import type { ArticleRecord, FactSource } from '../graph-store.ts';
import type { SourceWithOrigin } from '../fact-query.ts';
import { cameoOf } from '../resolve/cameo.ts';
import { searchKeys } from '../name-search.ts';
import { toNative } from './driver.ts';

/**
 * Integers go to Neo4j as Neo4j integers: a JavaScript number travels as a float, so LIMIT would refuse
 * it and an offset would be stored as 12.0 (unlike the same graph imported from the exports).
 */
export function int(n: number): unknown {
  return neo4j.int(n);
}

/** Aliases are the other names: the Arabic name is a property of its own (as in every export). */
export function entityRow(e: EntityRecord): Record<string, unknown> {
  return {
    id: e.id, type: e.type, name: e.name, nameAr: e.nameAr, aliases: e.aliases.filter((a) => a !== e.nameAr), code: e.code ?? null, countryCode: e.countryCode ?? null,
    role: e.role ?? null, known: e.known, searchKeys: searchKeys(e),
  };
}

/** An entity as read: the stored search keys are the index's business, not the record's. */
export function entityOf(raw: unknown, mentionCount?: unknown): EntityRecord {
  const { searchKeys: _keys, ...stored } = toNative(raw) as EntityRecord & { searchKeys?: string[] };
  // Neo4j keeps no nulls and no empty alias list: give the record its full shape back.
  const e = { ...stored, nameAr: stored.nameAr ?? null, aliases: stored.aliases ?? [] };
  return (mentionCount === undefined ? e : { ...e, mentionCount: toNative(mentionCount) }) as EntityRecord;
}

/**
 * One row per entity for a batch of articles: within one UNWIND, rows of the same node do not see each
 * other's writes, so the union of aliases and search keys is made here, as writing the articles one
 * after another would make it (the last article's names, the first role given).
 */
export function entityRows(entities: EntityRecord[]): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown> & { aliases: string[]; searchKeys: string[] }>();
  for (const e of entities) {
    const row = entityRow(e) as Record<string, unknown> & { aliases: string[]; searchKeys: string[] };
    const seen = byId.get(e.id);
    if (seen) {
      row.aliases = [...new Set([...seen.aliases, ...row.aliases])];
      row.searchKeys = [...new Set([...seen.searchKeys, ...row.searchKeys])];
      row.role = seen.role ?? row.role;
    }
    byId.set(e.id, row);
  }
  return [...byId.values()];
}

/**
 * One report of a fact as a relationship: written under the date its article gives (reportedDate keeps
 * it when resolution moves the fact's date), with the article's duplicate group and outlet, which
 * counting independent sources reads, and the predicate's CAMEO code.
 */
export function factRow(f: FactSource, origin: { story: string; outlet: string | null }): Record<string, unknown> {
  const { key, articleId, subject, object, predicate, reportedDate: _r, ...props } = f;
  return {
    key, articleId, subject, object,
    props: { ...props, reportedDate: f.date, evidenceStart: int(props.evidenceStart), evidenceEnd: int(props.evidenceEnd), story: origin.story, outlet: origin.outlet, cameo: cameoOf(predicate) },
  };
}

export function fromRow(r: Record<string, unknown>): FactSource {
  return {
    key: r.key as string, predicate: r.predicate as Predicate, subject: r.subject as string, object: r.object as string,
    articleId: r.articleId as string, date: (r.date as string) ?? null, precision: (r.precision as FactSource['precision']) ?? null,
    status: r.status as FactSource['status'], evidence: r.evidence as string, evidenceStart: r.evidenceStart as number,
    evidenceEnd: r.evidenceEnd as number, confidence: r.confidence as number, rule: r.rule as string,
    role: (r.role as string) ?? null, eventId: (r.eventId as string) ?? null,
    reportedDate: (r.reportedDate as string) ?? null, story: (r.story as string) ?? null, outlet: (r.outlet as string) ?? null,
  } as SourceWithOrigin;
}

/** An article as read: its MinHash signature is the store's business, not the record's. */
export function articleOf(raw: unknown): ArticleRecord {
  const { minhash: _m, ...a } = toNative(raw) as ArticleRecord & { minhash?: unknown };
  return { ...a, duplicateGroup: a.duplicateGroup ?? a.id };
}
