import { LINK_ENDS, statements, template } from '../store/neo4j/cypher-files.ts';
import { groupBy, primaryLabel, type DumpEdge, type DumpNode, type GraphDump } from './graph-dump.ts';
import { cypherMap, cypherString } from './cypher-literal.ts';

/** Rows per statement: large enough to be quick, small enough for Neo4j Browser. */
const ROWS_PER_STATEMENT = 200;

function isLink(type: string): type is keyof typeof LINK_ENDS {
  return Object.hasOwn(LINK_ENDS, type);
}

/**
 * The statements of cypher/rebuild-*.cypher, the same files the linter checks, with each batch of
 * rows written as a literal list where the file says $rows: values only ever appear as escaped
 * literals, never as query text.
 */
function withRows(query: string, rows: string[]): string {
  const literal = `[\n  ${rows.join(',\n  ')}\n]`;
  const body = query.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim();
  if (!body.startsWith('UNWIND $rows AS row')) throw new Error('a rebuild statement must open with UNWIND $rows AS row');
  return `UNWIND ${literal} AS row${body.slice('UNWIND $rows AS row'.length)};\n`;
}

function* batches<T>(items: T[], render: (t: T) => string, query: string): Generator<string> {
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) yield withRows(query, items.slice(i, i + ROWS_PER_STATEMENT).map(render));
}

const nodeRow = (n: DumpNode) => `{id: ${cypherString(n.id)}, props: ${cypherMap(n.props)}}`;
const edgeRow = (e: DumpEdge) => `{source: ${cypherString(e.source)}, target: ${cypherString(e.target)}, props: ${cypherMap(e.props)}}`;

/** A Cypher script that rebuilds the graph in any Neo4j 5: `cypher-shell -f shabaka.cypher`, or paste it into Neo4j Browser. */
export function* toCypherScript(dump: GraphDump): Generator<string> {
  yield '// shabaka export: rebuilds the graph in Neo4j 5 (cypher-shell -f FILE, or Neo4j Browser with multi-statement editing).\n';
  yield '// Every statement merges, so running it twice changes nothing.\n';
  for (const s of statements('schema')) yield `${s};\n`;
  // Every node before any relationship: the relationship statements match their ends by id.
  for (const [label, nodes] of groupBy(dump.nodes, primaryLabel)) {
    const query = nodes[0]!.labels.includes('Entity') ? template('rebuild-entities', { LABEL: label }) : template('rebuild-nodes', { LABEL: label });
    yield* batches(nodes, nodeRow, query);
  }
  for (const [type, edges] of groupBy(dump.edges, (e) => e.type)) {
    const query = isLink(type)
      ? template('rebuild-links', { REL: type, FROM: LINK_ENDS[type][0], TO: LINK_ENDS[type][1] })
      : template('rebuild-facts', { REL: type });
    yield* batches(edges, edgeRow, query);
  }
}
