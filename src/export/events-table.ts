import countries from 'i18n-iso-countries';
import type { EntityRecord } from '../extract/lexicon/types.ts';
import type { ArticleGraph } from '../store/graph-store.ts';
import { cameoOfEvent } from '../store/resolve/cameo.ts';

/**
 * The events export: one row per article's report of an event-like relation (everything but
 * OFFICIAL_OF), in a GDELT-like tab-separated table (GDELT 1.0 event column names where one fits), so
 * analysts who already read GDELT can load the graph's events with their tools. Actor country codes
 * are ISO alpha-3, as GDELT's actor codes mostly are; dates keep their precision (2023, 202307, 20230714).
 */
export const EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor2Code', 'Actor2Name', 'Actor2CountryCode',
  'EventCode', 'EventBaseCode', 'EventRootCode', 'Predicate', 'Status', 'DuplicateGroup', 'SOURCEURL', 'Evidence',
] as const;

/** A cell: tabs and line breaks in evidence would break the table. */
function cell(v: string | null | undefined): string {
  return (v ?? '').replace(/[\t\r\n]+/g, ' ');
}

/** The ISO alpha-2 country an entity belongs to: a country's own code, a person's or place's country. */
function countryOf(e: EntityRecord | undefined): string | null {
  if (!e) return null;
  if (e.type === 'Country') return e.code ?? e.id.slice('country:'.length);
  return e.countryCode ?? null;
}

function alpha3(code: string | null): string {
  return (code && countries.alpha2ToAlpha3(code)) || '';
}

export function* eventRows(docs: Iterable<ArticleGraph>): Iterable<string> {
  yield `${EVENT_COLUMNS.join('\t')}\n`;
  for (const doc of docs) {
    const entities = new Map(doc.entities.map((e) => [e.id, e]));
    const events = new Map(doc.events.map((e) => [e.id, e]));
    for (const f of doc.facts) {
      if (f.predicate === 'OFFICIAL_OF') continue;
      const [a, b] = [entities.get(f.subject), entities.get(f.object)];
      const place = f.eventId ? events.get(f.eventId)?.place ?? null : null;
      const code = cameoOfEvent(f.predicate, place ? countryOf(entities.get(place)) ?? (place.startsWith('country:') ? place.slice(8) : null) : null, [countryOf(a), countryOf(b)])!;
      yield `${[
        `${f.key}@${f.articleId}`, (f.date ?? '').replaceAll('-', ''), f.subject, a?.name ?? f.subject, alpha3(countryOf(a)), f.object, b?.name ?? f.object, alpha3(countryOf(b)),
        code, code, code.slice(0, 2), f.predicate, f.status, doc.article.duplicateGroup ?? doc.article.id, doc.article.url ?? doc.article.file, f.evidence,
      ].map(cell).join('\t')}\n`;
    }
  }
}
