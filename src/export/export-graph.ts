import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphStore } from '../store/graph-store.ts';
import { toCypherScript } from './cypher-script.ts';
import { analystView, buildDump, type GraphDump } from './graph-dump.ts';
import { toGexf } from './gexf.ts';
import { toGraphML } from './graphml.ts';
import { toNeo4jCsv } from './neo4j-csv.ts';
import { toNodeLink } from './node-link.ts';
import { eventRows } from './events-table.ts';
import type { ArticleGraph } from '../store/graph-store.ts';

export const EXPORT_FORMATS = ['graphml', 'json', 'gexf', 'csv', 'cypher', 'events'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string | undefined): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s ?? '');
}

export interface ExportResult {
  nodes: number;
  edges: number;
  /** Files written; empty when the export went to stdout. */
  files: string[];
}

/** The chunks of one single-file format. */
function render(dump: GraphDump, format: Exclude<ExportFormat, 'csv' | 'events'>): Iterable<string> {
  if (format === 'graphml') return toGraphML(dump);
  if (format === 'cypher') return toCypherScript(dump);
  if (format === 'gexf') return [toGexf(dump)];
  return [JSON.stringify(toNodeLink(dump), null, 1), '\n'];
}

/** The formats that rebuild a Neo4j database carry its EventReport nodes; the analysts' formats do not. */
function forFormat(dump: GraphDump, format: ExportFormat): GraphDump {
  return format === 'cypher' || format === 'csv' ? dump : analystView(dump);
}

/** Writes beside the target and renames: an interrupted export never leaves half a file under the real name. */
function writeAtomically(path: string, chunks: Iterable<string>): void {
  const tmp = `${path}.partial`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      for (const c of chunks) writeSync(fd, c);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    // The error names the file the user asked for, not our temporary one.
    throw new Error(`cannot write ${path}: ${describeFsError(e as NodeJS.ErrnoException, path)}`);
  }
}

function describeFsError(e: NodeJS.ErrnoException, path: string): string {
  const folder = dirname(path);
  switch (e.code) {
    case 'ENOENT': return `the folder ${folder} does not exist`;
    case 'EACCES': case 'EPERM': return `permission denied in ${folder}`;
    case 'EISDIR': return `${path} is a folder`;
    case 'ENOSPC': return 'the disk is full';
    case 'ENOTDIR': return `a part of ${folder} is not a folder`;
    default: return e.code ?? e.message.replaceAll(`${path}.partial`, path);
  }
}

/**
 * Exports the whole graph of either store. GraphML, JSON, GEXF and Cypher go to one file (or stdout);
 * CSV is a folder of files for neo4j-admin, so it needs `out`.
 */
export async function exportGraph(store: GraphStore, format: ExportFormat, out: string | undefined, stdout: (s: string) => void): Promise<ExportResult> {
  if (format === 'csv' && !out) throw new Error('--format csv writes one file per label and type: give --out FOLDER');
  if (format === 'events') {
    // A table of reports, not a graph: its rows are counted as edges.
    const docs: ArticleGraph[] = [];
    for await (const d of store.documents()) docs.push(d);
    const rows = [...eventRows(docs)];
    if (out) writeAtomically(out, rows);
    else for (const r of rows) stdout(r);
    return { nodes: 0, edges: rows.length - 1, files: out ? [out] : [] };
  }
  const dump = forFormat(await buildDump(store.documents()), format);
  const counts = { nodes: dump.nodes.length, edges: dump.edges.length };
  if (format === 'csv') {
    mkdirSync(out!, { recursive: true });
    const files = toNeo4jCsv(dump).map((f) => {
      const path = join(out!, f.name);
      writeFileSync(path, f.content, { mode: f.name.endsWith('.sh') ? 0o755 : 0o644 });
      return path;
    });
    return { ...counts, files };
  }
  if (!out) {
    for (const chunk of render(dump, format as Exclude<ExportFormat, 'csv' | 'events'>)) stdout(chunk);
    return { ...counts, files: [] };
  }
  writeAtomically(out, render(dump, format as Exclude<ExportFormat, 'csv' | 'events'>));
  return { ...counts, files: [out] };
}
