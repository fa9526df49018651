import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatScore, score, type GoldFile } from '../eval/score.ts';
import { toPrediction } from '../eval/prediction.ts';
import { extractPaths, reportErrors } from './extract-command.ts';
import { serve } from './serve-command.ts';
import { runStoreCommand } from './store-commands.ts';

const STORE_COMMANDS = new Set(['ingest', 'retract', 'reindex', 'stats', 'export']);

const USAGE = `usage: shabaka <command> [options]

commands:
  extract [--format eval|json] [--manifest FILE] [--max-bytes N] <files or folders>
      print the facts of each article: "eval" is the prediction format of the evaluation,
      "json" the full extraction (entities, events, facts, evidence offsets, rule ids)
  eval --gold GOLD.json [--manifest FILE] [--json] [--verbose] <folder or files>
      extract and score against gold: precision, recall, F1 per predicate, date and status accuracy, misses
  ingest [--manifest FILE] [--json] <files or folders>
      extract and write to the store (Neo4j when NEO4J_URI is set, else the embedded store in DATA_DIR)
  retract <article-id>      remove an article and the facts only it supported
  reindex [--json]          re-extract every stored article with the current lexicon and rules
  stats [--json]            counts of articles, entities by type and facts by predicate
  export --format graphml|json|csv|cypher [--out PATH]
      the whole graph: GraphML (Gephi, yEd, networkx), node-link JSON (graphology, D3, notebooks),
      CSV for neo4j-admin database import (--out is a folder), or a Cypher script that rebuilds it
  serve [--seed]            serve the GraphQL API on PORT (--seed: ingest the seeds into an empty store first)
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = { stdout: (s) => process.stdout.write(s + '\n'), stderr: (s) => process.stderr.write(s + '\n') };

/** Runs a command; returns the exit code (0 ok, 1 some input failed, 2 usage error). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest, allowPositionals: true,
      options: {
        format: { type: 'string' }, out: { type: 'string' }, manifest: { type: 'string' }, 'max-bytes': { type: 'string' },
        gold: { type: 'string' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false },
        seed: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    io.stderr(`shabaka ${command}: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : envMaxBytes();
  if (maxBytes !== undefined && !(maxBytes > 0)) {
    io.stderr('shabaka: --max-bytes (or MAX_ARTICLE_BYTES) must be a positive number');
    return 2;
  }
  if (command === 'serve') {
    try {
      return await serve(io, { seed: values.seed });
    } catch (e) {
      io.stderr(`shabaka serve: ${(e as Error).message}`);
      return 2;
    }
  }
  if (STORE_COMMANDS.has(command)) {
    try {
      return await runStoreCommand(command, positionals, { json: values.json, manifest: values.manifest, maxBytes, format: values.format, out: values.out }, io);
    } catch (e) {
      io.stderr(`shabaka ${command}: ${(e as Error).message}`);
      // A store that cannot be opened or written (disk full, read-only DATA_DIR) is a failure, not a usage error.
      return STORE_FAULTS.has((e as Error).name) ? 1 : 2;
    }
  }
  if (command !== 'extract' && command !== 'eval') {
    io.stderr(`shabaka: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`shabaka ${command}: give at least one file or folder`);
    return 2;
  }
  const run = extractPaths(positionals, { manifest: values.manifest, maxBytes });
  reportErrors(run.errors, io.stderr);
  if (command === 'extract') {
    values.format ??= 'eval';
    if (values.format !== 'eval' && values.format !== 'json') {
      io.stderr('shabaka extract: --format must be eval or json');
      return 2;
    }
    const out = values.format === 'eval' ? toPrediction(run.extractions) : { articles: run.extractions };
    io.stdout(JSON.stringify(out, null, 2));
    return run.errors.length ? 1 : 0;
  }
  if (!values.gold) {
    io.stderr('shabaka eval: --gold GOLD.json is required');
    return 2;
  }
  let gold: GoldFile;
  try {
    gold = JSON.parse(readFileSync(values.gold, 'utf8')) as GoldFile;
  } catch (e) {
    io.stderr(`shabaka eval: cannot read gold file ${values.gold}: ${(e as Error).message}`);
    return 2;
  }
  const result = score(gold, toPrediction(run.extractions));
  io.stdout(values.json ? JSON.stringify(result, null, 2) : formatScore(result, values.verbose));
  return run.errors.length ? 1 : 0;
}

/** Errors of the store itself: StoreOpenError, StoreWriteError, and better-sqlite3's SqliteError. */
const STORE_FAULTS = new Set(['StoreOpenError', 'StoreWriteError', 'SqliteError']);

function envMaxBytes(): number | undefined {
  const v = process.env.MAX_ARTICLE_BYTES;
  return v ? Number(v) : undefined;
}
