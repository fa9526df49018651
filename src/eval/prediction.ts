import type { EntityRecord } from '../extract/lexicon/types.ts';
import type { Extraction } from '../extract/types.ts';

export interface EvalEntity {
  type: EntityRecord['type'];
  name: string;
  nameAr: string | null;
  aliases: string[];
  code?: string;
  countryCode?: string;
}

export interface PredictionFile {
  articles: { file: string; facts: { predicate: string; subject: EvalEntity; object: EvalEntity; date: string | null; status: string; evidence: string }[] }[];
}

function toEvalEntity(e: EntityRecord | undefined, id: string): EvalEntity {
  if (!e) return { type: 'Country', name: id, nameAr: null, aliases: [] };
  return {
    type: e.type, name: e.name, nameAr: e.nameAr, aliases: e.aliases,
    ...(e.code ? { code: e.code } : {}), ...(e.type === 'Place' && e.countryCode ? { countryCode: e.countryCode } : {}),
  };
}

/** The prediction JSON of the evaluation format (FORMAT.md). */
export function toPrediction(extractions: Extraction[]): PredictionFile {
  return {
    articles: extractions.map((x) => {
      const byId = new Map(x.entities.map((e) => [e.id, e]));
      return {
        file: x.article.file,
        facts: x.facts.map((f) => ({
          predicate: f.predicate, subject: toEvalEntity(byId.get(f.subject), f.subject), object: toEvalEntity(byId.get(f.object), f.object),
          date: f.date, status: f.status, evidence: f.evidence.sentence, rule: f.rule, confidence: f.confidence,
        })),
      };
    }),
  };
}
