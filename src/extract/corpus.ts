import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { InputError } from './read/errors.ts';
import { manifestKey, readManifest, type MetaFields } from './read/metadata.ts';
import { ARTICLE_EXTENSIONS, readArticleFile, type RawArticle } from './read/read-article.ts';

export interface CorpusFile {
  path: string;
  /** The path relative to the folder given (its name for a file given): what the article is filed under and identified by without a URL. */
  name: string;
  meta?: MetaFields;
}

export interface Corpus {
  files: CorpusFile[];
  errors: InputError[];
}

/**
 * Lists the article files under the given files and folders with their manifest metadata.
 * Symlinked folders are not followed (no loops). A manifest.json applies to the files of its folder
 * and below, each entry to the file at that path from the manifest ("a.txt", "sub/a.txt"); the
 * nearest manifest naming a file wins. `--manifest FILE` names files by their path from the folder
 * given, or by their name alone.
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
  const metaFor = (path: string, root: string): MetaFields | undefined => {
    if (manifestPath) {
      const entries = manifestFor('');
      return entries.get(manifestKey(relative(root, path).split(sep).join('/'))) ?? entries.get(basename(path));
    }
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const found = manifestFor(dir).get(manifestKey(relative(dir, path).split(sep).join('/')));
      const up = relative(root, dir);
      if (found || up === '' || up.startsWith('..') || dir === dirname(dir)) return found;
    }
  };
  const seenDirs = new Set<string>();
  const walk = (path: string, top: boolean, root: string) => {
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
      for (const name of readdirSync(path).sort()) walk(join(path, name), false, top ? path : root);
      return;
    }
    if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      if (top) errors.push(new InputError(path, `not an article file (expected ${[...ARTICLE_EXTENSIONS].join(', ')})`));
      return;
    }
    const base = top ? dirname(path) : root;
    files.push({ path, name: relative(base, path).split(sep).join('/'), meta: metaFor(path, base) });
  };
  for (const p of paths) walk(p, true, p);
  return { files, errors };
}

/** Reads each file, collecting a per-file error instead of stopping at the first bad one. */
export function* readCorpus(corpus: Corpus, maxBytes?: number): Generator<{ file: CorpusFile; article?: RawArticle; error?: InputError }> {
  for (const file of corpus.files) {
    try {
      yield { file, article: readArticleFile(file.path, { maxBytes, meta: file.meta, name: file.name }) };
    } catch (e) {
      yield { file, error: e instanceof InputError ? e : new InputError(file.path, (e as Error).message) };
    }
  }
}
