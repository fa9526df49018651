// The drawing: cytoscape.js with the colours of style.grass, the fCoSE layout and SVG export.
// New elements are laid out around the ones already drawn, which keep their places.
import cytoscape from '/explore/vendor/cytoscape.mjs';

// fcose (with cose-base and layout-base) and cytoscape-svg ship as UMD bundles, loaded by classic
// script tags before this module; they register themselves on the cytoscape they are given.
cytoscape.use(window.cytoscapeFcose);
cytoscape.use(window.cytoscapeSvg);

const LAYOUT = { name: 'fcose', animate: false, quality: 'proof', packComponents: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 90000, idealEdgeLength: () => 150, nodeSeparation: 120, gravity: 0.25, numIter: 2500, padding: 40 };

export function createGraph(container, style) {
  const nodeStyle = (type) => style.nodes[type] ?? style.nodes['*'];
  const edgeStyle = (type) => style.relationships[type] ?? style.relationships['*'];
  return cytoscape({
    container,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': (n) => nodeStyle(n.data('type')).color, 'border-color': (n) => nodeStyle(n.data('type')).border, 'border-width': 2,
        width: (n) => nodeStyle(n.data('type')).size * 0.7, height: (n) => nodeStyle(n.data('type')).size * 0.7,
        label: 'data(label)', 'text-wrap': 'wrap', 'text-valign': 'bottom', 'text-margin-y': 4, 'font-size': 11,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'node.root', style: { 'border-width': 5 } },
      { selector: 'edge', style: {
        'line-color': (e) => edgeStyle(e.data('predicate')).color, 'target-arrow-color': (e) => edgeStyle(e.data('predicate')).color,
        width: (e) => 1 + edgeStyle(e.data('predicate')).width + Math.min(3, e.data('sourceCount') - 1), 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fafafa', 'text-background-opacity': 0.9 } },
      { selector: 'edge.planned, edge.possible', style: { 'line-style': 'dashed' } },
      { selector: 'edge.quiet', style: { 'text-opacity': 0 } },
      { selector: 'edge.quiet:selected, edge.quiet.path', style: { 'text-opacity': 1 } },
      { selector: '.dim, .faint', style: { opacity: 0.2 } },
      { selector: '.outside', style: { display: 'none' } },
      { selector: 'node.path', style: { 'border-color': '#d97706', 'border-width': 6 } },
      { selector: 'edge.path', style: { 'line-color': '#d97706', 'target-arrow-color': '#d97706', width: 6, 'z-index': 10 } },
      { selector: ':selected', style: { 'overlay-color': '#f0b429', 'overlay-opacity': 0.35 } },
    ],
  });
}

const nodeElement = (n) => ({ group: 'nodes', data: { ...n, label: n.nameAr && n.nameAr !== n.name ? `${n.name}\n${n.nameAr}` : n.name } });
const edgeElement = (e) => ({
  group: 'edges', classes: e.status,
  data: { ...e, source: e.subject.id, target: e.object.id, label: [e.predicate.replaceAll('_', ' ').toLowerCase(), e.role, e.date].filter(Boolean).join(' · ') },
});

/** Adds the nodes and edges not yet drawn (edges only where both ends are drawn); returns the new nodes. */
export function addElements(cy, nodes, edges) {
  const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
  const added = cy.add(fresh.map(nodeElement));
  const drawn = (id) => cy.getElementById(id).nonempty();
  cy.add(edges.filter((e) => drawn(e.subject.id) && drawn(e.object.id) && cy.getElementById(e.id).empty()).map(edgeElement));
  return added;
}

/** Lays out the whole drawing afresh and fits it, at no more than reading size. */
export function layoutAll(cy) {
  if (cy.nodes().empty()) return;
  cy.layout({ ...LAYOUT, randomize: true }).run();
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.1) {
    cy.zoom(1.1);
    cy.center();
  }
}

/**
 * Places new nodes beside the drawn nodes they connect to, then lets fCoSE settle them with every
 * other node held where it is: the analyst's view does not move.
 */
export function layoutAround(cy, added) {
  if (added.empty()) return;
  const old = cy.nodes().difference(added);
  if (old.empty()) return layoutAll(cy);
  added.forEach((n, i) => {
    const anchor = n.neighborhood('node').difference(added)[0] ?? old[0];
    const angle = (2 * Math.PI * i) / added.length;
    const p = anchor.position();
    n.position({ x: p.x + 160 * Math.cos(angle), y: p.y + 160 * Math.sin(angle) });
  });
  const fixedNodeConstraint = old.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  cy.layout({ ...LAYOUT, randomize: false, fit: false, fixedNodeConstraint }).run();
  // fCoSE honours the constraint up to a translation of the whole drawing: undo any such drift.
  const before = fixedNodeConstraint[0].position, after = old[0].position();
  const dx = before.x - after.x, dy = before.y - after.y;
  added.forEach((n) => n.position({ x: n.position().x + dx, y: n.position().y + dy }));
  old.forEach((n, i) => n.position(fixedNodeConstraint[i].position));
}

/** Marks the searched and expanded nodes and quiets edge captions on a crowded drawing. */
export function decorate(cy, roots) {
  cy.nodes().removeClass('root');
  for (const id of roots) cy.getElementById(id).addClass('root');
  cy.edges().toggleClass('quiet', cy.edges().length > 14);
}
