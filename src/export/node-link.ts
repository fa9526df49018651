import type { SerializedGraph } from 'graphology-types';
import type { DumpEdge, GraphDump, PropValue } from './graph-dump.ts';

/**
 * Node-link JSON in graphology's serialisation format (graphology docs/serialization.md): `Graph.from`
 * reads it back, D3 and notebooks read nodes and edges directly. Node labels are the `labels`
 * attribute, the relationship type is the edge's `type` attribute. The fact key is `factKey` here,
 * not `key`: an attribute named `key` collides with the edge's own key in networkx
 * (`G.add_edge(u, v, key=e["key"], **attrs)`) and in graphology's format.
 */
export function toNodeLink(dump: GraphDump): SerializedGraph {
  return {
    attributes: { name: 'shabaka' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: dump.nodes.map((n) => ({ key: n.id, attributes: { labels: n.labels, ...n.props } })),
    edges: dump.edges.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: edgeAttributes(e) })),
  };
}

function edgeAttributes(e: DumpEdge): Record<string, PropValue> {
  const { key, ...rest } = e.props;
  return key === undefined ? { type: e.type, ...rest } : { type: e.type, factKey: key, ...rest };
}
