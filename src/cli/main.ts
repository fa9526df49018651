import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatScore, score, type GoldFile } from '../eval/score.ts';
import { toPrediction } from '../eval/prediction.ts';
import { EXPORT_FORMATS } from '../export/export-graph.ts';
import { extractPaths, reportErrors } from './extract-command.ts';
import { serve } from './serve-command.ts';
import { runStoreCommand, type StoreFlags } from './store-commands.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = { stdout: (s) => process.stdout.write(s + '\n'), stderr: (s) => process.stderr.write(s + '\n') };

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Exit codes: 0 done, 1 some input failed, 2 usage error (commander's own errors included). */
const USAGE_ERROR = 2;

function positiveBytes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number of bytes');
  return n;
}

/** --max-bytes, else MAX_ARTICLE_BYTES, else the reader's default. */
function maxBytesOf(opt: number | undefined): number | undefined {
  if (opt !== undefined) return opt;
  const env = process.env.MAX_ARTICLE_BYTES;
  if (!env) return undefined;
  const n = Number(env);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`MAX_ARTICLE_BYTES must be a positive whole number of bytes, got ${JSON.stringify(env)}`);
  return n;
}

const inputOptions = (c: Command) =>
  c.option('--manifest <file>', 'article metadata (published, source, url, ...) for files without front matter')
    .option('--max-bytes <n>', 'skip files larger than this (default MAX_ARTICLE_BYTES, else 5 MB)', positiveBytes);

/** The command tree, built afresh for each run: commander keeps parse state on its objects. */
function program(io: Io, done: (code: number) => void): Command {
  const root = new Command('shabaka')
    .description('Knowledge graph of international security news: extract, store, serve and export')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()) });
  root.addHelpText('after', '\nRun "shabaka <command> --help" for a command\'s options. Settings come from .env and the environment (see .env.example).');
  const store = async (name: string, args: string[], flags: Partial<StoreFlags>) => {
    try {
      done(await runStoreCommand(name, args, { json: false, ...flags }, io));
    } catch (e) {
      io.stderr(`shabaka ${name}: ${(e as Error).message}`);
      // A store that cannot be opened or written (disk full, read-only DATA_DIR) is a failure, not a usage error.
      done(STORE_FAULTS.has((e as Error).name) ? 1 : USAGE_ERROR);
    }
  };

  inputOptions(root.command('extract').description('print the facts of each article: "eval" is the prediction format of the evaluation, "json" the full extraction'))
    .argument('<paths...>', 'files or folders of .txt, .md or .html articles')
    .addOption(new Option('--format <format>', 'output format').choices(['eval', 'json']).default('eval'))
    .action((paths: string[], o: { format: 'eval' | 'json'; manifest?: string; maxBytes?: number }) => {
      const run = extractPaths(paths, { manifest: o.manifest, maxBytes: maxBytesOf(o.maxBytes) });
      reportErrors(run.errors, io.stderr);
      io.stdout(JSON.stringify(o.format === 'eval' ? toPrediction(run.extractions) : { articles: run.extractions }, null, 2));
      done(run.errors.length ? 1 : 0);
    });

  inputOptions(root.command('eval').description('extract and score against gold: precision, recall, F1 per predicate, date and status accuracy, misses'))
    .argument('<paths...>', 'files or folders of articles')
    .requiredOption('--gold <file>', 'gold facts (the evaluation format)')
    .option('--json', 'the scores as JSON')
    .option('--verbose', 'list every miss')
    .action((paths: string[], o: { gold: string; json?: boolean; verbose?: boolean; manifest?: string; maxBytes?: number }) => {
      let gold: GoldFile;
      try {
        gold = JSON.parse(readFileSync(o.gold, 'utf8')) as GoldFile;
      } catch (e) {
        io.stderr(`shabaka eval: cannot read gold file ${o.gold}: ${(e as Error).message}`);
        return done(USAGE_ERROR);
      }
      const run = extractPaths(paths, { manifest: o.manifest, maxBytes: maxBytesOf(o.maxBytes) });
      reportErrors(run.errors, io.stderr);
      const result = score(gold, toPrediction(run.extractions));
      io.stdout(o.json ? JSON.stringify(result, null, 2) : formatScore(result, Boolean(o.verbose)));
      done(run.errors.length ? 1 : 0);
    });

  inputOptions(root.command('ingest').description('extract and write to the store (Neo4j when NEO4J_URI is set, else the embedded store in DATA_DIR)'))
    .argument('<paths...>', 'files or folders of articles')
    .option('--json', 'the summary as JSON')
    .action((paths: string[], o: { json?: boolean; manifest?: string; maxBytes?: number }) =>
      store('ingest', paths, { json: Boolean(o.json), manifest: o.manifest, maxBytes: maxBytesOf(o.maxBytes) }));

  root.command('retract').description('remove an article and the facts only it supported')
    .argument('<article-id>', 'the article id (shabaka stats --json or the API list them)')
    .option('--json', 'the result as JSON')
    .action((id: string, o: { json?: boolean }) => store('retract', [id], { json: Boolean(o.json) }));

  root.command('reindex').description('re-extract every stored article with the current lexicon and rules')
    .option('--json', 'the summary as JSON')
    .action((o: { json?: boolean }) => store('reindex', [], { json: Boolean(o.json) }));

  root.command('stats').description('counts of articles, entities by type and facts by predicate')
    .option('--json', 'the counts as JSON')
    .action((o: { json?: boolean }) => store('stats', [], { json: Boolean(o.json) }));

  root.command('export').description('the whole graph: GraphML (Gephi, yEd, networkx), node-link JSON (graphology, networkx, D3), GEXF (Gephi), CSV for neo4j-admin import, or a Cypher script')
    .addOption(new Option('--format <format>', 'export format (required)').choices([...EXPORT_FORMATS]))
    .option('--out <path>', 'file to write (a folder for csv); stdout when left out')
    .action((o: { format?: string; out?: string }) => {
      // Checked here rather than as a mandatory option, so a misspelt option gets its "did you mean" first.
      if (!o.format) {
        io.stderr(`shabaka export: --format is required (${EXPORT_FORMATS.join(', ')})`);
        return done(USAGE_ERROR);
      }
      return store('export', [], { json: false, format: o.format, out: o.out });
    });

  root.command('serve').description('serve the GraphQL API, GraphiQL and the explorer on HOST:PORT')
    .option('--seed', 'ingest the seed articles into an empty store first')
    .action(async (o: { seed?: boolean }) => {
      try {
        done(await serve(io, { seed: Boolean(o.seed) }));
      } catch (e) {
        io.stderr(`shabaka serve: ${(e as Error).message}`);
        done(USAGE_ERROR);
      }
    });

  for (const c of root.commands) c.exitOverride().showSuggestionAfterError(true).helpOption('-h, --help', 'show help for this command');
  return root;
}

/** Runs a command; returns the exit code (0 ok, 1 some input failed, 2 usage error). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) {
      io.stderr(`shabaka: ${(e as Error).message}`);
      return USAGE_ERROR;
    }
    // Help and version end with code 0; everything commander refuses is a usage error.
    return e.exitCode === 0 ? 0 : USAGE_ERROR;
  }
  return code;
}

/** Errors of the store itself: StoreOpenError, StoreWriteError, and better-sqlite3's SqliteError. */
const STORE_FAULTS = new Set(['StoreOpenError', 'StoreWriteError', 'SqliteError']);
