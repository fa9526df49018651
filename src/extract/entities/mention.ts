import type { EntityType, FormKind } from '../lexicon/types.ts';

export type MentionKind = FormKind | 'title' | 'pattern' | 'surname' | 'group' | 'forces';

/** One place in a sentence where an entity (or a group of countries) is named. */
export interface Mention {
  /** Entity ids: one, or several for a group ("the three countries"). */
  ids: string[];
  type: EntityType;
  kind: MentionKind;
  /** Token range in the sentence, end exclusive. */
  from: number;
  to: number;
  /** Clitic letters in front of the first token (و, ب, ل, ...). */
  prefix: string;
  /** For persons: the office or rank read with the mention, and its class (foreign, defence, ...). */
  role?: string;
  roleClass?: string;
}
