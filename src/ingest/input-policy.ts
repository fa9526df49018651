import { InputError } from '../extract/read/errors.ts';
import type { RawArticle } from '../extract/read/read-article.ts';

/**
 * One input policy for every way an article comes in (files through `shabaka ingest`, text through the
 * API's ingestArticle): the same checks on the text and on every metadata field, with the same
 * messages. The extractor then refuses languages it does not read, for both alike.
 */

/** Longest value of each metadata field, in characters. */
export const METADATA_MAX_CHARS = { file: 255, title: 1_000, source: 200, url: 2_048, language: 16, published: 32 } as const;

type MetaField = keyof typeof METADATA_MAX_CHARS;

// C0 controls but tab, newline, vertical tab, form feed and carriage return; DEL.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;
// Any control, whitespace controls included: a title or a file name is one line.
const META_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** Size, encoding and control characters of an article's text as given (before markup is removed). */
export function checkText(text: string, where: string, maxBytes: number): void {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes) throw new InputError(where, `text is ${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit (MAX_ARTICLE_BYTES)`);
  if (!text.trim()) throw new InputError(where, 'text is empty');
  if (text.includes('\u0000')) throw new InputError(where, 'text contains NUL bytes (binary data)');
  const control = CONTROL.exec(text);
  if (control) throw new InputError(where, `text contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at offset ${control.index})`);
  if (LONE_SURROGATE.test(text)) throw new InputError(where, 'text is not valid Unicode (an unpaired surrogate)');
}

/** Length, control characters and encoding of every metadata field; URL schemes and dates are checked where metadata is read. */
export function checkMetadata(meta: RawArticle['meta'], where: string): void {
  for (const field of Object.keys(METADATA_MAX_CHARS) as MetaField[]) {
    const value = meta[field];
    if (value === null || value === undefined) continue;
    const max = METADATA_MAX_CHARS[field];
    if (value.length > max) throw new InputError(where, `field "${field}" is ${value.length} characters, over the ${max} limit`);
    if (META_CONTROL.test(value)) throw new InputError(where, `field "${field}" contains control characters`);
    if (LONE_SURROGATE.test(value)) throw new InputError(where, `field "${field}" is not valid Unicode (an unpaired surrogate)`);
  }
  if (meta.published && (meta.published < '1900-01-01' || meta.published > tomorrow())) {
    throw new InputError(where, `field "published" is outside 1900-01-01 to tomorrow: ${JSON.stringify(meta.published)}`);
  }
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Both checks on an article read from a file or given to the API. */
export function checkArticle(article: RawArticle, where: string, maxBytes: number): void {
  checkMetadata(article.meta, where);
  checkText(article.text, where, maxBytes);
}
