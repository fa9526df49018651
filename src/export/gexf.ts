import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { GraphDump, PropValue } from './graph-dump.ts';
import { caption } from './graphml.ts';
import { toNodeLink } from './node-link.ts';

/** GEXF attributes are scalars: lists travel as a JSON array in a string, as in GraphML. */
function scalars(attrs: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = Array.isArray(v) ? JSON.stringify(v) : (v as string | number | boolean);
  return out;
}

/**
 * GEXF for Gephi, written by graphology-gexf from the same graph as the JSON export: node labels in
 * `labels` (":Entity:Country"), a display label (name, title, event kind and date), the relationship
 * type as each edge's label and `type` attribute, the fact key as `factKey`, edge ids as in JSON.
 */
export function toGexf(dump: GraphDump): string {
  const graph = MultiDirectedGraph.from(toNodeLink(dump));
  return write(graph, {
    formatNode: (_key, { labels, ...props }) => ({
      label: caption(props as Record<string, PropValue>),
      attributes: scalars({ labels: `:${(labels as string[]).join(':')}`, ...props }),
    }),
    formatEdge: (_key, attrs) => ({ label: String(attrs.type), attributes: scalars(attrs) }),
  });
}
