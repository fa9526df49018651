import type { EntityRecord } from '../extract/lexicon/types.ts';
import type { EventRecord } from '../store/graph-store.ts';

/** An event as an entity of the graph (the Entity interface): a name from its kind and date. */
export function eventEntity(ev: EventRecord): EntityRecord & EventRecord & { mentionCount: number } {
  return { ...ev, type: 'Event' as never, name: `${ev.kind} ${ev.date ?? ''}`.trim(), nameAr: null, aliases: [], known: false, mentionCount: 1 };
}
