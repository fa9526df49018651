import type { ResolvedDate } from './dates.ts';
import type { EntityRecord } from './lexicon/types.ts';

export type Predicate = 'VISITED' | 'MET' | 'DEPLOYED_TROOPS_TO' | 'SUPPLIED_ARMS_TO' | 'JOINT_EXERCISE' | 'OFFICIAL_OF';
export type Status = 'occurred' | 'planned' | 'possible';

export const PREDICATES: readonly Predicate[] = ['VISITED', 'MET', 'DEPLOYED_TROOPS_TO', 'SUPPLIED_ARMS_TO', 'JOINT_EXERCISE', 'OFFICIAL_OF'];
export const SYMMETRIC = new Set<Predicate>(['MET', 'JOINT_EXERCISE']);
/** How firm a status is: the lowest rank wins when reports of one fact disagree. */
export const STATUS_RANK: Record<Status, number> = { occurred: 0, planned: 1, possible: 2 };

export interface Evidence {
  sentence: string;
  /** Character offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** Offsets of the word that triggered the rule. */
  cueStart: number;
  cueEnd: number;
}

export interface Fact {
  predicate: Predicate;
  subject: string;
  object: string;
  date: string | null;
  precision: ResolvedDate['precision'] | null;
  status: Status;
  /** Office held, for OFFICIAL_OF. */
  role?: string;
  /** The event (meeting, exercise) a pairwise fact derives from. */
  eventId?: string;
  evidence: Evidence;
  confidence: number;
  rule: string;
}

export interface ExtractedEvent {
  id: string;
  kind: 'meeting' | 'exercise';
  participants: string[];
  date: string | null;
  precision: ResolvedDate['precision'] | null;
  status: Status;
  place: string | null;
  evidence: Evidence[];
}

export interface ArticleMeta {
  file: string;
  published: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
  title?: string | null;
}

export interface Extraction {
  article: ArticleMeta;
  /** The plain text offsets refer to. */
  text: string;
  language: string;
  entities: EntityRecord[];
  facts: Fact[];
  events: ExtractedEvent[];
  dropped: { start: number; end: number; reason: string }[];
  lexiconVersions: Record<string, string>;
}
