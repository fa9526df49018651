import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ArticleMeta } from '../types.ts';
import { InputError } from './errors.ts';
import { htmlToText } from './html.ts';
import { splitFrontMatter, type MetaFields } from './metadata.ts';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface RawArticle {
  meta: ArticleMeta;
  /** Plain text: the text offsets of evidence refer to. */
  text: string;
}

/** Decodes bytes as UTF-8, refusing binary data and other encodings rather than guessing. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 'file is empty');
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError(file, 'file is binary (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'file is not valid UTF-8 (re-save it as UTF-8; Windows-1256 and ISO-8859-6 are not read)');
  }
  text = text.replace(/^\uFEFF/, '');
  const controls = text.slice(0, 8192).match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 16) throw new InputError(file, 'file looks binary (control characters)');
  if (!text.trim()) throw new InputError(file, 'file has no text');
  return text;
}

/** Turns file content into plain text and metadata by its extension (.txt, .md, .html). */
/** `name` is what the article is filed under (its path from the folder ingested); the file's name by default. */
export function parseArticle(content: string, file: string, manifestMeta?: MetaFields, name = basename(file)): RawArticle {
  const ext = extname(file).toLowerCase();
  let text = content;
  let meta: MetaFields | null = null;
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html|body|article|div|p)\b/i.test(content)) {
    text = htmlToText(content);
  } else {
    const fm = splitFrontMatter(content, file);
    meta = fm.meta;
    text = fm.body;
    if (ext === '.md' || ext === '.markdown') text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError(file, 'article has no text after markup was removed');
  const base = { published: null, source: null, url: null, language: null, title: null };
  return { meta: { file: name, ...base, ...(meta ?? {}), ...stripNulls(manifestMeta) }, text };
}

function stripNulls(m: MetaFields | undefined): Partial<MetaFields> {
  if (!m) return {};
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null)) as Partial<MetaFields>;
}

export function readArticleFile(path: string, opts: { maxBytes?: number; meta?: MetaFields; name?: string } = {}): RawArticle {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(path, 'not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (size > max) throw new InputError(path, `file is ${(size / 1048576).toFixed(1)} MB, over the ${(max / 1048576).toFixed(1)} MB limit (MAX_ARTICLE_BYTES)`);
  return parseArticle(decodeText(readFileSync(path), path), path, opts.meta, opts.name);
}
