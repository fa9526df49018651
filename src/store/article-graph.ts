import { createHash } from 'node:crypto';
import type { Extraction } from '../extract/types.ts';
import type { ArticleGraph, FactSource } from './graph-store.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * An article's id: from its URL when it has one (the same story re-fetched with new text replaces
 * the old), else from its file's path relative to the folder ingested (two article.txt in two
 * folders are two articles); an API ingest without either is named by its text's hash.
 */
export function articleId(meta: { url: string | null; file: string }): string {
  return `article:${sha256(meta.url ?? `file:${meta.file}`).slice(0, 16)}`;
}

export function factKey(predicate: string, subject: string, object: string, date: string | null): string {
  return `${predicate}|${subject}|${object}|${date ?? ''}`;
}

/** Turns an extraction into the rows one article writes to the graph. */
export function toArticleGraph(x: Extraction, now = new Date()): ArticleGraph {
  const id = articleId(x.article);
  const facts: FactSource[] = x.facts.map((f) => ({
    key: factKey(f.predicate, f.subject, f.object, f.date),
    predicate: f.predicate, subject: f.subject, object: f.object, articleId: id,
    date: f.date, precision: f.precision, status: f.status,
    evidence: f.evidence.sentence, evidenceStart: f.evidence.start, evidenceEnd: f.evidence.end,
    confidence: f.confidence, rule: f.rule, role: f.role ?? null, eventId: f.eventId ? `${id}:${f.eventId}` : null,
  }));
  return {
    article: {
      id, file: x.article.file, url: x.article.url, source: x.article.source, published: x.article.published,
      title: x.article.title ?? firstLine(x.text), language: x.language, hash: sha256(x.text), text: x.text, ingestedAt: now.toISOString(),
    },
    entities: x.entities,
    events: x.events.map((e) => ({
      id: `${id}:${e.id}`, kind: e.kind, articleId: id, date: e.date, precision: e.precision, status: e.status, place: e.place, participants: e.participants,
    })),
    facts,
  };
}

function firstLine(text: string): string | null {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  return line ? line.slice(0, 200) : null;
}
