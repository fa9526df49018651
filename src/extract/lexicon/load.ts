import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { phraseKey } from '../text/normalize.ts';
import { nisbaForms, pluralForms } from './nisba.ts';
import type { EntityRecord, FormKind, GazetteerEntry } from './types.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** seeds/lexicon, found from this file in src/ or in dist/ (both sit two levels below the root). */
export const LEXICON_DIR = new URL('../../../seeds/lexicon/', import.meta.url);

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, LEXICON_DIR), 'utf8')) as T;
}

interface CountryData { en?: string; ar?: string[]; nisba?: string[]; plural?: string[]; capital?: string[]; seat?: string[]; latin?: string[] }
interface PersonData { en: string; country: string | null; role: string; ar: string[]; aliases?: string[]; latin?: string[]; org?: string }
interface OrgData { id: string; en: string; ar: string[]; latin?: string[]; country?: string; state?: boolean }
interface PlaceData { en: string; country: string | null; ar: string[] }

export interface LoadedEntities {
  versions: Record<string, string>;
  entities: Map<string, EntityRecord>;
  entries: GazetteerEntry[];
}

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9\u0600-\u06ff]+/g, '-').replace(/^-|-$/g, '');
}

export function loadEntities(): LoadedEntities {
  const entities = new Map<string, EntityRecord>();
  const entries: GazetteerEntry[] = [];
  const versions: Record<string, string> = {};
  const addForms = (entityId: string, kind: FormKind, forms: Iterable<string>) => {
    for (const f of forms) {
      const keys = phraseKey(f).split(' ').filter(Boolean);
      if (keys.length) entries.push({ entityId, kind, keys });
    }
  };

  const c = readJson<{ version: string; countries: Record<string, CountryData> }>('countries.json');
  versions.countries = c.version;
  const arNames = countries.getNames('ar', { select: 'all' }) as Record<string, string[]>;
  for (const code of Object.keys(arNames)) {
    const data = c.countries[code] ?? {};
    const names = [...(arNames[code] ?? []), ...(data.ar ?? [])];
    const id = `country:${code}`;
    entities.set(id, {
      id, type: 'Country', code, known: true,
      name: data.en ?? countries.getName(code, 'en') ?? code,
      nameAr: names[0] ?? null,
      aliases: [...new Set(names.slice(1))],
    });
    addForms(id, 'name', names);
    for (const n of data.nisba ?? []) addForms(id, 'nisba', nisbaForms(n));
    for (const p of data.plural ?? []) addForms(id, 'nisba', pluralForms(p));
    addForms(id, 'capital', data.capital ?? []);
    addForms(id, 'seat', data.seat ?? []);
    addForms(id, 'latin', data.latin ?? []);
  }

  const people = readJson<{ version: string; people: PersonData[] }>('people.json');
  versions.people = people.version;
  for (const p of people.people) {
    const id = `person:${slug(p.en)}`;
    entities.set(id, {
      id, type: 'Person', known: true, name: p.en, nameAr: p.ar[0] ?? null,
      aliases: [...p.ar.slice(1), ...(p.aliases ?? [])], countryCode: p.country, role: p.role,
    });
    addForms(id, 'name', p.ar);
    addForms(id, 'alias', p.aliases ?? []);
    addForms(id, 'latin', p.latin ?? []);
  }

  const orgs = readJson<{ version: string; organizations: OrgData[] }>('organizations.json');
  versions.organizations = orgs.version;
  for (const o of orgs.organizations) {
    const id = `org:${o.id}`;
    entities.set(id, { id, type: 'Organization', known: true, name: o.en, nameAr: o.ar[0] ?? null, aliases: o.ar.slice(1), countryCode: o.country ?? null, ...(o.state ? { state: true } : {}) });
    addForms(id, 'name', o.ar);
    addForms(id, 'latin', o.latin ?? []);
  }

  const places = readJson<{ version: string; places: PlaceData[] }>('places.json');
  versions.places = places.version;
  for (const p of places.places) {
    const id = `place:${slug(p.en)}`;
    entities.set(id, { id, type: 'Place', known: true, name: p.en, nameAr: p.ar[0] ?? null, aliases: p.ar.slice(1), countryCode: p.country });
    addForms(id, 'name', p.ar);
  }
  return { versions, entities, entries };
}

export function loadLanguage<T>(): T {
  return readJson<T>('language.json');
}
