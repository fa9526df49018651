import type { Predicate } from '../../extract/types.ts';

/**
 * CAMEO event codes (the codebook GDELT uses) for the graph's predicates, so the graph lines up with
 * GDELT-based work. Each relation is coded from its subject's side: a visit is 042 "make a visit"
 * (the host's side, 043 "host a visit", is the same event told the other way round); a meeting is
 * 040 "consult", or 044 "meet at a third location" when the meeting is held in neither side's country;
 * exercises are 062 "cooperate militarily"; arms supply is 072 "provide military aid"; a deployment
 * of troops to a country is 074 "provide military protection or peacekeeping" (not 154, a show of
 * force, which the extractor does not tell apart). OFFICIAL_OF is not an event: null.
 */
export const CAMEO: Record<Predicate, string | null> = {
  VISITED: '042',
  MET: '040',
  JOINT_EXERCISE: '062',
  SUPPLIED_ARMS_TO: '072',
  DEPLOYED_TROOPS_TO: '074',
  OFFICIAL_OF: null,
};

export const CAMEO_HOST_VISIT = '043';
export const CAMEO_MEET_THIRD_LOCATION = '044';

export function cameoOf(predicate: Predicate): string | null {
  return CAMEO[predicate];
}

/**
 * The code of one reported event: a meeting held in a country neither side belongs to is 044.
 * Countries are ISO alpha-2 codes, null when unknown (then the predicate's own code stands).
 */
export function cameoOfEvent(predicate: Predicate, place: string | null, sides: readonly (string | null)[]): string | null {
  if (predicate === 'MET' && place && sides.every((c) => c && c !== place)) return CAMEO_MEET_THIRD_LOCATION;
  return CAMEO[predicate];
}
