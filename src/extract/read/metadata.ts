import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleMeta } from '../types.ts';
import { InputError } from './errors.ts';

export type MetaFields = Omit<ArticleMeta, 'file'>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks and normalises metadata fields; a wrong value names its field. Unknown fields are ignored. */
export function validateMeta(raw: unknown, where: string): MetaFields {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(where, 'metadata must be an object');
  const r = raw as Record<string, unknown>;
  const str = (k: string): string | null => {
    const v = r[k];
    if (v === undefined || v === null || v === '') return null;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== 'string') throw new InputError(where, `field "${k}" must be a string`);
    return v.trim();
  };
  const published = str('published');
  if (published && (!ISO_DATE.test(published) || Number.isNaN(Date.parse(published.slice(0, 10))) || new Date(published.slice(0, 10)).toISOString().slice(0, 10) !== published.slice(0, 10))) {
    throw new InputError(where, `field "published" is not an ISO date (YYYY-MM-DD): ${JSON.stringify(published)}`);
  }
  const url = str('url');
  if (url && !/^https?:\/\/\S+$/.test(url)) throw new InputError(where, `field "url" is not an http(s) URL: ${JSON.stringify(url)}`);
  const language = str('language');
  if (language && !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(language)) throw new InputError(where, `field "language" is not a language code: ${JSON.stringify(language)}`);
  return { published: published?.slice(0, 10) ?? null, source: str('source'), url, language, title: str('title') };
}

export interface Manifest {
  entries: Map<string, MetaFields>;
  /** Entries that could not be read, by file (or index), with the reason. */
  errors: InputError[];
}

/** An entry's file as the manifest names it: a path relative to the manifest's folder, with / between folders. */
export function manifestKey(file: string): string {
  return posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\//, '');
}

/** Reads manifest.json: {"articles": [{"file", "published", "source", "url", "language"}]}. */
export function readManifest(path: string): Manifest {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(path, `manifest is not valid JSON (${(e as Error).message})`);
  }
  const list = (doc as { articles?: unknown })?.articles;
  if (!Array.isArray(list)) throw new InputError(path, 'manifest has no "articles" array');
  const entries = new Map<string, MetaFields>();
  const errors: InputError[] = [];
  list.forEach((item, i) => {
    const file = (item as { file?: unknown })?.file;
    const where = `${path} articles[${i}]`;
    if (typeof file !== 'string' || !file) {
      errors.push(new InputError(where, 'field "file" is missing'));
      return;
    }
    try {
      entries.set(manifestKey(file), validateMeta(item, `${where} (${file})`));
    } catch (e) {
      errors.push(e as InputError);
    }
  });
  return { entries, errors };
}

/** Splits YAML front matter (--- ... ---) from a Markdown or text body. */
export function splitFrontMatter(text: string, file: string): { meta: MetaFields | null; body: string; offset: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { meta: null, body: text, offset: 0 };
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (e) {
    throw new InputError(file, `front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  return { meta: validateMeta(data ?? {}, `${file} front matter`), body: text.slice(m[0].length), offset: m[0].length };
}
