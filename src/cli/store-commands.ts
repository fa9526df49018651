import { readConfig } from '../config.ts';
import { EXPORT_FORMATS, exportGraph, isExportFormat } from '../export/export-graph.ts';
import { ingestPaths, reindex, type IngestSummary, type Progress } from '../ingest/ingest.ts';
import { openStore } from '../store/open-store.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { Io } from './main.ts';

export interface StoreFlags {
  json: boolean;
  manifest?: string;
  maxBytes?: number;
  format?: string;
  out?: string;
}

/** A progress bar on a terminal only: scripts and CI get the summary alone. */
function progressBar(io: Io): Progress | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total, file) => {
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${file.slice(-40).padEnd(40)}`);
    if (done === total) process.stderr.write('\n');
    void io;
  };
}

function printSummary(s: IngestSummary, flags: StoreFlags, io: Io): number {
  if (flags.json) io.stdout(JSON.stringify(s, null, 2));
  else {
    io.stdout(`articles: ${s.articles.created} new, ${s.articles.updated} updated, ${s.articles.unchanged} unchanged`);
    io.stdout(`new entities: ${s.newEntities}   facts written: ${s.facts}   files skipped: ${s.skipped.length}`);
    for (const k of s.skipped) io.stderr(`skipped ${k.file}: ${k.reason}`);
  }
  return s.skipped.length ? 1 : 0;
}

async function withStore<T>(readOnly: boolean, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(readConfig(), { readOnly });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function runStoreCommand(command: string, args: string[], flags: StoreFlags, io: Io): Promise<number> {
  switch (command) {
    case 'ingest':
      if (!args.length) {
        io.stderr('shabaka ingest: give at least one file or folder');
        return 2;
      }
      return withStore(false, async (store) => printSummary(await ingestPaths(store, args, { manifest: flags.manifest, maxBytes: flags.maxBytes, progress: progressBar(io), batch: readConfig().ingestBatch }), flags, io));
    case 'reindex':
      return withStore(false, async (store) => printSummary(await reindex(store, progressBar(io), readConfig().ingestBatch), flags, io));
    case 'retract': {
      if (args.length !== 1) {
        io.stderr('shabaka retract: give one article id (see shabaka stats --json or the API)');
        return 2;
      }
      return withStore(false, async (store) => {
        const removed = await store.retractArticle(args[0]!);
        if (flags.json) io.stdout(JSON.stringify({ retracted: removed, id: args[0] }));
        else io.stdout(removed ? `retracted ${args[0]}` : `no article ${args[0]}`);
        return removed ? 0 : 1;
      });
    }
    case 'stats':
      return withStore(true, async (store) => {
        const s = await store.stats();
        if (flags.json) io.stdout(JSON.stringify({ store: store.kind, ...s }, null, 2));
        else {
          io.stdout(`store: ${store.kind}   articles: ${s.articles}`);
          io.stdout(`entities: ${Object.entries(s.entities).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
          io.stdout(`facts: ${Object.entries(s.facts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
        }
        return 0;
      });
    case 'export': {
      const format = flags.format;
      if (!isExportFormat(format)) {
        io.stderr(`shabaka export: --format must be one of ${EXPORT_FORMATS.join(', ')}`);
        return 2;
      }
      return withStore(true, async (store) => {
        const r = await exportGraph(store, format, flags.out, (s) => process.stdout.write(s));
        // The export itself may be on stdout: the summary goes to stderr.
        if (flags.out) io.stderr(`exported ${r.nodes} nodes and ${r.edges} relationships from the ${store.kind} store to ${r.files.length === 1 ? r.files[0] : flags.out}`);
        return 0;
      });
    }
    default:
      return 2;
  }
}
