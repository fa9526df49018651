import type { SerializedGraph } from 'graphology-types';
import type { GraphDump } from './graph-dump.ts';

/**
 * Node-link JSON in graphology's serialisation format (graphology docs/serialization.md): `Graph.from`
 * reads it back, D3 and notebooks read nodes and edges directly. Node labels are the `labels`
 * attribute, the relationship type is the edge's `type` attribute.
 */
export function toNodeLink(dump: GraphDump): SerializedGraph {
  return {
    attributes: { name: 'shabaka' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: dump.nodes.map((n) => ({ key: n.id, attributes: { labels: n.labels, ...n.props } })),
    edges: dump.edges.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: { type: e.type, ...e.props } })),
  };
}
