import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from './read/errors.ts';
import { readManifest, type MetaFields } from './read/metadata.ts';
import { ARTICLE_EXTENSIONS, readArticleFile, type RawArticle } from './read/read-article.ts';

export interface CorpusFile {
  path: string;
  meta?: MetaFields;
}

export interface Corpus {
  files: CorpusFile[];
  errors: InputError[];
}

/**
 * Lists the article files under the given files and folders with their manifest metadata.
 * Symlinked folders are not followed (no loops); every folder's manifest.json applies to its files.
 */
export function collectCorpus(paths: string[], manifestPath?: string): Corpus {
  const files: CorpusFile[] = [];
  const errors: InputError[] = [];
  const manifests = new Map<string, Map<string, MetaFields>>();
  const manifestFor = (dir: string): Map<string, MetaFields> => {
    const path = manifestPath ?? join(dir, 'manifest.json');
    const cached = manifests.get(path);
    if (cached) return cached;
    let entries = new Map<string, MetaFields>();
    if (existsSync(path)) {
      try {
        const m = readManifest(path);
        entries = m.entries;
        errors.push(...m.errors);
      } catch (e) {
        errors.push(e as InputError);
      }
    }
    manifests.set(path, entries);
    return entries;
  };
  const seenDirs = new Set<string>();
  const walk = (path: string, top: boolean) => {
    let st;
    try {
      st = lstatSync(path);
    } catch (e) {
      errors.push(new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
      return;
    }
    if (st.isSymbolicLink() && !top) return;
    if (st.isDirectory() || (top && st.isSymbolicLink() && existsSync(path) && lstatSync(realpathSync(path)).isDirectory())) {
      const real = realpathSync(path);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      for (const name of readdirSync(path).sort()) walk(join(path, name), false);
      return;
    }
    if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      if (top) errors.push(new InputError(path, `not an article file (expected ${[...ARTICLE_EXTENSIONS].join(', ')})`));
      return;
    }
    files.push({ path, meta: manifestFor(dirname(path)).get(basename(path)) });
  };
  for (const p of paths) walk(p, true);
  return { files, errors };
}

/** Reads each file, collecting a per-file error instead of stopping at the first bad one. */
export function* readCorpus(corpus: Corpus, maxBytes?: number): Generator<{ file: CorpusFile; article?: RawArticle; error?: InputError }> {
  for (const file of corpus.files) {
    try {
      yield { file, article: readArticleFile(file.path, { maxBytes, meta: file.meta }) };
    } catch (e) {
      yield { file, error: e instanceof InputError ? e : new InputError(file.path, (e as Error).message) };
    }
  }
}
