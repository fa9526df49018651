export type EntityType = 'Country' | 'Person' | 'Organization' | 'Place';

/** An entity the lexicon knows, or one found in text. Ids are stable across articles. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  /** English canonical name where known, otherwise the Arabic name. */
  name: string;
  nameAr: string | null;
  aliases: string[];
  /** ISO alpha-2 for a Country. */
  code?: string;
  /** Country a Place lies in, an Organization or a Person belongs to. */
  countryCode?: string | null;
  role?: string;
  /** True when the lexicon lists the entity, false when the extractor found it in text. */
  known: boolean;
  /** An organisation that acts for its state (a national army, a state agency): it stands for the country. */
  state?: boolean;
}

export type FormKind = 'name' | 'nisba' | 'capital' | 'seat' | 'alias' | 'latin';

export interface GazetteerEntry {
  entityId: string;
  kind: FormKind;
  /** Folded token keys of the form. */
  keys: string[];
}

export interface FurnitureRules {
  dropLine: RegExp[];
  dropRest: RegExp[];
}
