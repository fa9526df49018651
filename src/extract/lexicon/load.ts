import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
/** An office held over a span of months ("YYYY-MM"; an open end is null). */
export interface Term { office: OfficeKind; role: string; from: string | null; to: string | null }
export type OfficeKind = 'head_of_state' | 'head_of_government' | 'foreign_minister' | 'defence_minister' | 'chief_of_staff';
interface PersonData { en: string; country: string | null; role?: string; ar: string[]; aliases?: string[]; latin?: string[]; org?: string; from?: string; to?: string; terms?: Term[] }
interface PeopleFile { version?: string; source?: string; people: PersonData[] }
interface OrgData { id: string; en: string; ar: string[]; latin?: string[]; country?: string; state?: boolean }
interface PlaceData { en: string; country: string | null; ar: string[] }

export interface LoadedEntities {
  versions: Record<string, string>;
  entities: Map<string, EntityRecord>;
  entries: GazetteerEntry[];
  /** Dated offices of known people, by person id. */
  terms: Map<string, CountryTerm[]>;
}

export type CountryTerm = Term & { country: string };

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9\u0600-\u06ff]+/g, '-').replace(/^-|-$/g, '');
}

export interface LoadOptions {
  /** false reads no officials at all: people must then be found by shape and context (a test of that). */
  people?: boolean;
}

/** people.json, then every batch in people-batches/ (each records where it came from); the first entry of a name wins. */
function readPeople(versions: Record<string, string>): PersonData[] {
  const main = readJson<PeopleFile>('people.json');
  versions.people = main.version ?? '';
  const batchDir = new URL('people-batches/', LEXICON_DIR);
  const batches = existsSync(batchDir) ? readdirSync(batchDir).filter((f) => f.endsWith('.json')).sort() : [];
  const seen = new Set(main.people.map((p) => p.en));
  const all = [...main.people];
  for (const f of batches) {
    const batch = readJson<PeopleFile & { compiled?: string }>(`people-batches/${f}`);
    versions[`people/${f.replace(/\.json$/, '')}`] = batch.compiled ?? batch.version ?? '';
    for (const p of batch.people) if (!seen.has(p.en)) { seen.add(p.en); all.push(p); }
  }
  return all;
}

/** The role a person is known by: the latest term's, else the listed role. */
function currentRole(p: PersonData): string {
  const last = [...(p.terms ?? [])].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).at(-1);
  return p.role ?? last?.role ?? 'Official';
}

export function loadEntities(opts: LoadOptions = {}): LoadedEntities {
  const entities = new Map<string, EntityRecord>();
  const entries: GazetteerEntry[] = [];
  const versions: Record<string, string> = {};
  const termsOf = new Map<string, CountryTerm[]>();
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

  for (const p of opts.people === false ? [] : readPeople(versions)) {
    const id = `person:${slug(p.en)}`;
    entities.set(id, {
      id, type: 'Person', known: true, name: p.en, nameAr: p.ar[0] ?? null,
      aliases: [...p.ar.slice(1), ...(p.aliases ?? [])], countryCode: p.country, role: currentRole(p),
    });
    const terms = p.terms ?? (p.role && officeOf(p.role) ? [{ office: officeOf(p.role)!, role: p.role, from: p.from ?? null, to: p.to ?? null }] : []);
    if (terms.length && p.country) termsOf.set(id, terms.map((t) => ({ ...t, country: p.country! })));
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
  return { versions, entities, entries, terms: termsOf };
}

export function loadLanguage<T>(): T {
  return readJson<T>('language.json');
}

/** The office kind of an English role title, for the people listed with one role and its dates. */
export function officeOf(role: string): OfficeKind | null {
  const r = role.toLowerCase();
  if (/deputy|vice|spokes|assistant|state for|adviser|advisor|envoy|secretary general/.test(r)) return null;
  if (/foreign|external affairs|secretary of state/.test(r)) return 'foreign_minister';
  if (/defen[cs]e|armed forces|^minister of war/.test(r) && /minister|secretary/.test(r)) return 'defence_minister';
  if (/chief|chairman of the joint/.test(r) && /staff|armed forces/.test(r)) return 'chief_of_staff';
  if (/prime minister|premier|chancellor/.test(r)) return 'head_of_government';
  if (/^(president|king|emir|sultan|supreme leader|chairman of the sovereignty council)$/.test(r)) return 'head_of_state';
  return null;
}
