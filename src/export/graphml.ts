import type { GraphDump, PropValue } from './graph-dump.ts';
import { kindOf, propertyNames, type PropKind } from './properties.ts';

const GRAPHML_TYPE: Record<PropKind, string> = { string: 'string', int: 'int', float: 'double', boolean: 'boolean', 'string[]': 'string' };

function escapeXml(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; markup characters are escaped.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Lists have no GraphML type: they travel as a JSON array in a string (json.loads in Python). */
function text(value: PropValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** A display caption for Gephi and yEd: the name of an entity, the title of an article, the kind and date of an event. */
export function caption(props: Record<string, PropValue>): string {
  return String(props.name ?? props.title ?? ([props.kind, props.date].filter(Boolean).join(' ') || props.id));
}

/**
 * GraphML for Gephi, yEd and networkx. Node labels travel as `labels` (":Entity:Country", the form
 * APOC's GraphML export uses), relationship types as the edge `label`; every property is a typed key.
 */
export function* toGraphML(dump: GraphDump): Generator<string> {
  const nodeProps = propertyNames(dump.nodes);
  const edgeProps = propertyNames(dump.edges);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  for (const p of nodeProps) yield `  <key id="n_${p}" for="node" attr.name="${p}" attr.type="${GRAPHML_TYPE[kindOf(p)]}"/>\n`;
  yield '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n';
  for (const p of edgeProps) yield `  <key id="e_${p}" for="edge" attr.name="${p}" attr.type="${GRAPHML_TYPE[kindOf(p)]}"/>\n`;
  yield '  <graph id="shabaka" edgedefault="directed">\n';
  for (const n of dump.nodes) {
    let out = `    <node id="${escapeXml(n.id)}"><data key="labels">:${n.labels.join(':')}</data><data key="label">${escapeXml(caption(n.props))}</data>`;
    for (const [k, v] of Object.entries(n.props)) out += `<data key="n_${k}">${escapeXml(text(v))}</data>`;
    yield `${out}</node>\n`;
  }
  for (const e of dump.edges) {
    let out = `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"><data key="e_label">${e.type}</data>`;
    for (const [k, v] of Object.entries(e.props)) out += `<data key="e_${k}">${escapeXml(text(v))}</data>`;
    yield `${out}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
