// The scorer of the evaluation format (FORMAT.md), typed: matching rules and arithmetic are those of
// the reference score.mjs, so `shabaka eval` prints the figures the reference prints.
import type { PredictionFile } from './prediction.ts';

const SYMMETRIC = new Set(['MET', 'JOINT_EXERCISE']);

export interface GoldFile {
  entities: Record<string, { type: string; code?: string; en?: string; ar?: string[]; aliases?: string[] }>;
  articles: { file: string; published?: string; facts: { s: string; p: string; o: string; date?: string | null; status?: string; optional?: boolean }[] }[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  dateAccuracy: number | null;
  statusAccuracy: number | null;
  counts: { tp: number; fp: number; fn: number; optionalHits: number; dateOk: number; dateAll: number; statusOk: number; statusAll: number };
  perPredicate: Record<string, { tp: number; fp: number; fn: number }>;
  details: { file: string; kind: 'FP' | 'FN' | 'DATE' | 'STATUS'; fact: string; evidence?: string }[];
}

export function normalize(text: unknown): string {
  if (text == null) return '';
  return String(text)
    .normalize('NFKC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/[.\-‐–—_'"“”«»()،,؛;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type PredEntity = { name?: string; nameAr?: string | null; aliases?: string[]; code?: string; countryCode?: string } | undefined;

function goldIndex(gold: GoldFile): Map<string, Set<string>> {
  const byForm = new Map<string, Set<string>>();
  const add = (form: string, key: string) => {
    const n = normalize(form);
    if (!n) return;
    if (!byForm.has(n)) byForm.set(n, new Set());
    byForm.get(n)!.add(key);
  };
  for (const [key, e] of Object.entries(gold.entities)) {
    add(key, key);
    if (e.en) add(e.en, key);
    if (e.code) add(`code:${e.code}`, key);
    for (const a of [...(e.ar ?? []), ...(e.aliases ?? [])]) add(a, key);
  }
  return byForm;
}

function resolve(entity: PredEntity, index: Map<string, Set<string>>, asVisitObject: boolean): Set<string> {
  const keys = new Set<string>();
  if (!entity) return keys;
  const forms: (string | null | undefined)[] = [entity.name, entity.nameAr, ...(entity.aliases ?? [])];
  if (entity.code) forms.push(`code:${String(entity.code).toUpperCase()}`);
  if (asVisitObject && entity.countryCode) forms.push(`code:${String(entity.countryCode).toUpperCase()}`);
  for (const f of forms) for (const k of index.get(normalize(f)) ?? []) keys.add(k);
  return keys;
}

function dateRight(goldDate: string | null | undefined, predDate: string | null | undefined): boolean {
  if (!goldDate) return true;
  return predDate != null && String(predDate).startsWith(goldDate);
}

export function score(gold: GoldFile, pred: PredictionFile): Score {
  const index = goldIndex(gold);
  const predByFile = new Map(pred.articles.map((a) => [a.file, a.facts]));
  const t = { tp: 0, fp: 0, fn: 0, optionalHits: 0, dateOk: 0, dateAll: 0, statusOk: 0, statusAll: 0 };
  const perPredicate: Score['perPredicate'] = {};
  const bump = (p: string, k: 'tp' | 'fp' | 'fn') => {
    perPredicate[p] ??= { tp: 0, fp: 0, fn: 0 };
    perPredicate[p][k] += 1;
  };
  const details: Score['details'] = [];
  for (const article of gold.articles) {
    const facts = predByFile.get(article.file) ?? [];
    const goldFacts = article.facts.map((g, i) => ({ ...g, i }));
    const matchedGold = new Set<number>();
    const seenUnmatched = new Set<string>();
    for (const f of facts) {
      const s = resolve(f.subject, index, false);
      const o = resolve(f.object, index, f.predicate === 'VISITED');
      const candidates = goldFacts.filter((g) => g.p === f.predicate && ((s.has(g.s) && o.has(g.o)) || (SYMMETRIC.has(g.p) && s.has(g.o) && o.has(g.s))));
      if (candidates.length === 0) {
        const key = [f.predicate, normalize(f.subject?.name), normalize(f.object?.name)].join('|');
        if (!seenUnmatched.has(key)) {
          seenUnmatched.add(key);
          t.fp += 1;
          bump(f.predicate, 'fp');
          details.push({ file: article.file, kind: 'FP', fact: `${f.subject?.name} ${f.predicate} ${f.object?.name} ${f.date ?? ''}`, evidence: f.evidence });
        }
        continue;
      }
      candidates.sort((a, b) => Number(matchedGold.has(a.i)) - Number(matchedGold.has(b.i)) || Number(dateRight(b.date, f.date)) - Number(dateRight(a.date, f.date)));
      const g = candidates[0]!;
      if (matchedGold.has(g.i)) continue;
      matchedGold.add(g.i);
      if (g.optional) {
        t.optionalHits += 1;
        continue;
      }
      t.tp += 1;
      bump(g.p, 'tp');
      if (g.date) {
        t.dateAll += 1;
        if (dateRight(g.date, f.date)) t.dateOk += 1;
        else details.push({ file: article.file, kind: 'DATE', fact: `${g.s} ${g.p} ${g.o}: gold ${g.date}, got ${f.date}`, evidence: f.evidence });
      }
      if (g.status) {
        t.statusAll += 1;
        if (g.status === f.status) t.statusOk += 1;
        else details.push({ file: article.file, kind: 'STATUS', fact: `${g.s} ${g.p} ${g.o}: gold ${g.status}, got ${f.status}`, evidence: f.evidence });
      }
    }
    for (const g of goldFacts) {
      if (g.optional || matchedGold.has(g.i)) continue;
      t.fn += 1;
      bump(g.p, 'fn');
      details.push({ file: article.file, kind: 'FN', fact: `${g.s} ${g.p} ${g.o} ${g.date ?? ''}` });
    }
  }
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision, recall, f1, counts: t, perPredicate, details,
    dateAccuracy: t.dateAll ? t.dateOk / t.dateAll : null,
    statusAccuracy: t.statusAll ? t.statusOk / t.statusAll : null,
  };
}

export function formatScore(r: Score, verbose: boolean): string {
  const lines: string[] = [];
  // A wrong date or status shows the sentence it was read from: the fix starts there.
  if (verbose) for (const d of r.details) lines.push(`${d.kind}\t${d.file}\t${d.fact}${d.evidence ? `\n\t\t${d.evidence.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`);
  for (const [p, c] of Object.entries(r.perPredicate).sort()) {
    const pr = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const rc = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    const f = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
    lines.push(`${p.padEnd(18)} tp=${c.tp} fp=${c.fp} fn=${c.fn}  P ${pct(pr)} R ${pct(rc)} F1 ${pct(f)}`);
  }
  lines.push(`precision ${pct(r.precision)} recall ${pct(r.recall)} F1 ${pct(r.f1)} date-acc ${pct(r.dateAccuracy)} status-acc ${pct(r.statusAccuracy)}`);
  return lines.join('\n');
}

const pct = (x: number | null) => (x == null ? 'n/a' : (100 * x).toFixed(1));
