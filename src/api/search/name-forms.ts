import worldCountries, { type Country } from 'world-countries';
import { defaultLexicon } from '../../extract/lexicon/lexicon.ts';
import { loadEntities } from '../../extract/lexicon/load.ts';
import type { EntityType } from '../../extract/lexicon/types.ts';

// world-countries' typings declare its default export as a namespace under NodeNext; it is the array.
const countries = worldCountries as unknown as Country[];

/** How a form names its entity: its own name or alias, or its country's capital or seat of government. */
export type FormKind = 'name' | 'capital';

export interface NameForm {
  entityId: string;
  type: EntityType;
  form: string;
  kind: FormKind;
}

/**
 * Every name the extractor's gazetteer knows for its entities, in Arabic and English: names and
 * aliases of countries, people, organisations and places; Arabic spellings, Latin transliterations,
 * capitals and seats of government of countries (seeds/lexicon); English and Arabic country names,
 * alternative spellings and capitals of world-countries, the data the English extractor reads.
 * Search finds a stored entity by any of them ("Tokyo" and "طوكيو" find Japan).
 */
export function lexiconForms(): NameForm[] {
  const lx = defaultLexicon();
  const out: NameForm[] = [];
  const add = (entityId: string, form: string | null | undefined, kind: FormKind) => {
    const e = lx.entities.get(entityId);
    if (e && form?.trim()) out.push({ entityId, type: e.type, form: form.trim(), kind });
  };
  for (const e of lx.entities.values()) for (const f of [e.name, e.nameAr, ...e.aliases]) add(e.id, f, 'name');
  // The gazetteer's own forms (already folded to keys): spellings, transliterations, capitals, seats.
  // Adjectives (nisba) name no entity on their own and are left out.
  for (const g of loadEntities().entries) {
    if (g.kind === 'nisba') continue;
    add(g.entityId, g.keys.join(' '), g.kind === 'capital' || g.kind === 'seat' ? 'capital' : 'name');
  }
  for (const c of countries) {
    const id = `country:${c.cca2}`;
    const ara = c.translations?.ara;
    for (const n of [c.name.common, c.name.official, ara?.common, ara?.official]) add(id, n, 'name');
    for (const s of c.altSpellings) if (/^[A-Z][A-Za-z' .-]{3,}$/.test(s)) add(id, s, 'name');
    for (const cap of c.capital ?? []) add(id, cap.replace(/ D\.C\.$/, ''), 'capital');
  }
  return out;
}
