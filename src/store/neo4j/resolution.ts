import type { Predicate } from '../../extract/types.ts';
import { factKey } from '../article-graph.ts';
import type { ArticleGraph, EventRecord } from '../graph-store.ts';
import { clusterEvents, mergeReports, reportRow } from '../resolve/events.ts';
import { precisionOf, resolveDates } from '../resolve/fact-dates.ts';
import { bandKeys, duplicateGroup, PER_BAND, signature, type StoredSignature } from '../resolve/near-duplicates.ts';
import { cypher, template } from './cypher-files.ts';
import { toNative, type TxLike } from './driver.ts';
import { int } from './rows.ts';

/**
 * The Neo4j store's side of resolution, run inside its write transactions with the rules of
 * src/store/resolve: fact relationships keep the date their article gave (reportedDate) and carry the
 * resolved fact's date and key; Event nodes are resolved events formed from EventReport nodes (one
 * per article's report); articles carry their duplicate group and MinHash bands.
 */

export type Pair = { subject: string; object: string };

/** A relationship between touched ends as resolution read it: the key it had, its article, the key it resolves to. */
export type TripleRow = { key: string; articleId: string; resolvedKey: string };

/**
 * Moves every relationship of the given triples to the fact its reported date resolves to; returns
 * the relationships it read, per type (what the kept fact counts move by, fact-counts.ts).
 */
export async function resolveTriples(tx: TxLike, pairs: Map<Predicate, Map<string, Pair>>): Promise<Map<Predicate, TripleRow[]>> {
  const read = new Map<Predicate, TripleRow[]>();
  for (const [rel, byKey] of pairs) {
    if (!byKey.size) continue;
    const res = await tx.run(template('facts-of-triples', { REL: rel }), { pairs: [...byKey.values()] });
    const byTriple = new Map<string, { subject: string; object: string; rid: string; reported: string; date: string; key: string; articleId: string }[]>();
    for (const r of res.records) {
      const row = { subject: r.get('subject') as string, object: r.get('object') as string, rid: r.get('rid') as string, reported: (r.get('reported') as string | null) ?? '', date: (r.get('date') as string | null) ?? '', key: r.get('key') as string, articleId: r.get('articleId') as string };
      const k = `${row.subject}|${row.object}`;
      byTriple.set(k, [...(byTriple.get(k) ?? []), row]);
    }
    const moves: Record<string, unknown>[] = [];
    const rows: TripleRow[] = [];
    for (const group of byTriple.values()) {
      const target = resolveDates(group.map((r) => r.reported));
      for (const r of group) {
        const date = target.get(r.reported)!;
        const key = factKey(rel, r.subject, r.object, date || null);
        rows.push({ key: r.key, articleId: r.articleId, resolvedKey: key });
        if (date !== r.date) moves.push({ rid: r.rid, date: date || null, precision: precisionOf(date || null), key });
      }
    }
    read.set(rel, rows);
    if (moves.length) await tx.run(cypher('facts-redate'), { rows: moves });
  }
  return read;
}

/** Adds a triple to resolve. */
export function touch(pairs: Map<Predicate, Map<string, Pair>>, predicate: Predicate, subject: string, object: string): void {
  let byKey = pairs.get(predicate);
  if (!byKey) pairs.set(predicate, (byKey = new Map()));
  byKey.set(`${subject}|${object}`, { subject, object });
}

/** A report as read back from an EventReport node (Neo4j keeps no nulls). */
function reportOf(raw: unknown): EventRecord & { event?: string } {
  const r = toNative(raw) as EventRecord & { event?: string };
  return { ...r, date: r.date ?? null, precision: r.precision ?? null, place: r.place ?? null, participants: r.participants ?? [] };
}

/**
 * Forms again the events of the given groups (their reports as stored now) together with new reports
 * and the stored events these share a participant and kind with: old Event nodes go, resolved ones
 * are written, and every report is told its event.
 */
export async function resolveEvents(tx: TxLike, added: readonly EventRecord[], groups: readonly string[]): Promise<void> {
  const reports = new Map<string, EventRecord & { event?: string }>();
  if (groups.length) for (const r of (await tx.run(cypher('event-reports-of-events'), { events: groups })).records) reports.set(reportOf(r.get('report')).id, reportOf(r.get('report')));
  if (added.length) for (const r of (await tx.run(cypher('events-candidates'), { rows: added.map((e) => ({ kind: e.kind, participants: e.participants })) })).records) reports.set(reportOf(r.get('report')).id, reportOf(r.get('report')));
  for (const e of added) reports.set(e.id, { ...e });
  const old = new Set([...groups, ...[...reports.values()].flatMap((r) => (r.event ? [r.event] : []))]);
  const events = clusterEvents([...reports.values()].map(({ event: _e, ...r }) => r));
  await tx.run(cypher('events-drop'), { ids: [...new Set([...old, ...events.keys()])] });
  const rows: Record<string, unknown>[] = [];
  const reportRows: Record<string, unknown>[] = [];
  for (const [id, members] of events) {
    rows.push({ ...mergeReports(id, members) });
    for (const m of members) reportRows.push(reportRow(m, id));
  }
  if (reportRows.length) await tx.run(cypher('event-reports-put'), { rows: reportRows });
  if (rows.length) await tx.run(cypher('events-merge'), { rows });
}

/** The duplicate group, signature and bands of each article of a write, stored articles and the earlier ones of the batch compared. */
export async function duplicateGroups(tx: TxLike, docs: readonly ArticleGraph[]): Promise<Map<string, { group: string; minhash: number[]; bands: number[] }>> {
  const mine = docs.map((d) => ({ id: d.article.id, sig: signature(d.article.text) })).map((x) => ({ ...x, bands: bandKeys(x.sig) }));
  const res = await tx.run(cypher('articles-similar'), { bands: [...new Set(mine.flatMap((m) => m.bands))], perBand: int(PER_BAND) });
  const byBand = new Map<number, StoredSignature[]>();
  const add = (band: number, s: StoredSignature) => byBand.set(band, [...(byBand.get(band) ?? []), s]);
  const stored = res.records.map((r) => ({ id: r.get('id') as string, group: (r.get('duplicateGroup') as string | null) ?? (r.get('id') as string), signature: (toNative(r.get('minhash')) as number[] | null) ?? [] }));
  const writing = new Set(docs.map((d) => d.article.id));
  for (const s of stored) if (!writing.has(s.id)) for (const b of bandKeys(s.signature)) add(b, s);
  const out = new Map<string, { group: string; minhash: number[]; bands: number[] }>();
  for (const m of mine) {
    const candidates = new Set(m.bands.flatMap((b) => byBand.get(b) ?? []));
    const group = duplicateGroup(m.id, m.sig, candidates);
    out.set(m.id, { group, minhash: m.sig, bands: m.bands });
    for (const b of m.bands) add(b, { id: m.id, group, signature: m.sig });
  }
  return out;
}
