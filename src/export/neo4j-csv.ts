import { groupBy, primaryLabel, type DumpEdge, type DumpNode, type GraphDump, type PropValue } from './graph-dump.ts';
import { kindOf, propertyNames } from './properties.ts';

/** neo4j-admin's default array delimiter; a ';' inside a list element would split it, so it becomes ','. */
export const ARRAY_DELIMITER = ';';

export interface CsvFile {
  name: string;
  content: string;
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A missing property is an empty unquoted cell (no property); a string is always quoted, so "" stays an empty string. */
function cell(name: string, value: PropValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return quote(value.map((v) => v.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER));
  return kindOf(name) === 'string' ? quote(String(value)) : String(value);
}

function header(name: string): string {
  const kind = kindOf(name);
  return kind === 'string' ? name : `${name}:${kind}`;
}

function nodeFile(name: string, nodes: DumpNode[]): CsvFile {
  const props = propertyNames(nodes).filter((p) => p !== 'id');
  // An event is named after its first report: reports have an id space of their own (no relationship reaches them).
  const id = nodes[0]?.labels.includes('EventReport') ? 'id:ID(EventReport)' : 'id:ID';
  const lines = [[id, ...props.map(header), ':LABEL'].join(',')];
  for (const n of nodes) lines.push([quote(n.id), ...props.map((p) => cell(p, n.props[p])), n.labels.join(ARRAY_DELIMITER)].join(','));
  return { name, content: lines.join('\n') + '\n' };
}

function edgeFile(name: string, edges: DumpEdge[]): CsvFile {
  const props = propertyNames(edges);
  const lines = [[':START_ID', ':END_ID', ':TYPE', ...props.map(header)].join(',')];
  for (const e of edges) lines.push([quote(e.source), quote(e.target), e.type, ...props.map((p) => cell(p, e.props[p]))].join(','));
  return { name, content: lines.join('\n') + '\n' };
}

/**
 * The layout `neo4j-admin database import full` reads: one header-typed CSV per node label and per
 * relationship type, ids in one global space, and a script with the import command.
 */
export function toNeo4jCsv(dump: GraphDump, database = 'neo4j'): CsvFile[] {
  const files: CsvFile[] = [];
  for (const [label, nodes] of groupBy(dump.nodes, primaryLabel)) files.push(nodeFile(`nodes-${label}.csv`, nodes));
  for (const [type, edges] of groupBy(dump.edges, (e) => e.type)) files.push(edgeFile(`relationships-${type}.csv`, edges));
  const args = [
    '${NEO4J_ADMIN:-neo4j-admin} database import full',
    `--array-delimiter='${ARRAY_DELIMITER}'`,
    '--multiline-fields=true',
    ...files.map((f) => `--${f.name.startsWith('nodes-') ? 'nodes' : 'relationships'}=${f.name}`),
    '--overwrite-destination=false',
    database,
  ];
  const script = [
    '#!/bin/sh',
    '# Run with the Neo4j server stopped; then start Neo4j and shabaka (which applies cypher/schema.cypher).',
    '# NEO4J_ADMIN names the tool when it is not neo4j-admin on PATH; for the Neo4j of `npm run neo4j`:',
    '#   NEO4J_ADMIN="java -jar /path/to/shabaka/neo4j-local/target/neo4j-local.jar admin --dir /path/to/neo4j-data" sh import.sh',
    'set -e',
    'cd "$(dirname "$0")"',
    `${args.join(' \\\n  ')}`,
    '',
  ].join('\n');
  files.push({ name: 'import.sh', content: script });
  return files;
}
