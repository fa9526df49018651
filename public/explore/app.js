// shabaka explorer: search an entity, draw its neighbourhood with every relation among the drawn
// entities, expand nodes without moving the others, filter, narrow the time window, find the
// shortest path between two entities and read the evidence behind each relation. The view lives in
// the address, so it can be bookmarked and shared. Everything comes from the public GraphQL API.
import { search } from './api.js';
import { exportPng, exportSvg } from './export.js';
import { addElements, createGraph, decorate, layoutAll, layoutAround } from './graph.js';
import { buildControls, readControls, writeControls } from './controls.js';
import { button, el, showEntity, showRelation } from './panel.js';
import { forget, loadView } from './load.js';
import { createTimeline } from './timeline.js';
import { emptyView, parseView, saveView } from './view.js';

const $ = (id) => document.getElementById(id);
const say = (text) => { $('status').textContent = text; };

const style = await (await fetch('/explore/style.json')).json();
const cy = createGraph($('graph'), style);
window.shabakaGraph = cy; // a handle for the end-to-end test and for analysts in the console
const timeline = createTimeline(cy, (w) => { view.window = w; saveView(view, { replace: true }); });

let view = emptyView();
let drawnRoot = null;
let generation = 0;
let pathStart = null;
let shownPaths = [];

/**
 * Draws the view: what it holds joins the drawing, what it no longer holds leaves it. A new search is
 * laid out afresh; anything else is placed around the nodes already drawn, which stay where they are.
 */
async function render() {
  const gen = ++generation;
  if (!view.id) return;
  say('loading…');
  let loaded;
  try {
    loaded = await loadView(view);
  } catch (err) {
    say(`error: ${err.message}`);
    return;
  }
  if (gen !== generation) return; // a newer view was asked for meanwhile
  const fresh = drawnRoot !== view.id;
  if (fresh) cy.elements().remove();
  const keepNodes = new Set(loaded.nodes.map((n) => n.id));
  const keepEdges = new Set(loaded.edges.map((e) => e.id));
  cy.nodes().filter((n) => !keepNodes.has(n.id())).remove();
  cy.edges().filter((e) => !keepEdges.has(e.id())).remove();
  const added = addElements(cy, loaded.nodes, loaded.edges);
  decorate(cy, [view.id, ...view.expanded]);
  // The histogram appears under the drawing with its first relations: size the pane before laying out.
  timeline.update(view.window);
  cy.resize();
  if (fresh) layoutAll(cy);
  else layoutAround(cy, added);
  drawnRoot = view.id;
  shownPaths = loaded.paths;
  highlightPath(0);
  const name = (id) => cy.getElementById(id).data('name') ?? id;
  const expanded = view.expanded.length ? ` · expanded ${view.expanded.map(name).join(', ')}` : '';
  // The view does not move to show new nodes (the analyst keeps their place): say where they are.
  const { x1, y1, x2, y2 } = cy.extent();
  const away = fresh ? 0 : added.filter((n) => { const p = n.position(); return p.x < x1 || p.x > x2 || p.y < y1 || p.y > y2; }).length;
  const hint = away ? ` · ${away} new entit${away === 1 ? 'y' : 'ies'} outside the view: Fit shows all` : '';
  say(`${cy.nodes().length} entities, ${cy.edges().length} relations · around ${name(view.id)}${expanded}${hint}`);
}

/** Marks one of the shortest paths found (if any) and lists them all in the details pane. */
function highlightPath(index) {
  cy.elements().removeClass('path faint');
  if (!view.path) return;
  const path = shownPaths[index];
  const name = (id) => cy.getElementById(id).data('name') ?? id;
  const box = $('details');
  box.replaceChildren(el('h2', `Shortest paths: ${name(view.path[0])} → ${name(view.path[1])}`, { dir: 'auto' }));
  if (!path) {
    box.append(el('p', 'No connection within 4 steps.', { class: 'meta' }), button('Clear path', clearPath));
    return;
  }
  const on = cy.collection();
  for (const id of path.nodes.map((n) => n.id).concat(path.relations.map((r) => r.id))) on.merge(cy.getElementById(id));
  on.addClass('path');
  cy.elements().difference(on).addClass('faint');
  shownPaths.forEach((p, i) => {
    const steps = p.relations.map((r) => `${name(r.subject.id)} → ${r.predicate.replaceAll('_', ' ').toLowerCase()} → ${name(r.object.id)}`);
    const item = el('ol', undefined, { class: i === index ? 'path-steps chosen' : 'path-steps', dir: 'auto' });
    item.append(...steps.map((s) => el('li', s)));
    item.addEventListener('click', () => highlightPath(i));
    box.append(el('p', `Path ${i + 1} · ${p.length} step(s)`, { class: 'meta' }), item);
  });
  box.append(button('Clear path', clearPath));
}

function findPath(a, b) {
  pathStart = null;
  view = { ...view, path: [a, b] };
  saveView(view);
  return render();
}

function clearPath() {
  view = { ...view, path: null };
  saveView(view);
  return render();
}

function expand(id) {
  if (id === view.id || view.expanded.includes(id)) return;
  view = { ...view, expanded: [...view.expanded, id] };
  saveView(view);
  return render().then(() => openEntity(cy.getElementById(id)));
}

function openEntity(n) {
  if (n.empty()) return;
  const d = n.data();
  const done = d.id === view.id || view.expanded.includes(d.id);
  const start = pathStart && pathStart !== d.id ? cy.getElementById(pathStart).data('name') ?? pathStart : null;
  showEntity(d, [
    [done ? 'Expanded' : 'Expand this node', () => expand(d.id), done],
    start ? [`Shortest path from ${start}`, () => findPath(pathStart, d.id)] : ['Path from here…', () => { pathStart = d.id; say(`path from ${d.name}: now open another entity`); }],
  ]);
}

/** A new search: the first hit is drawn, the others are offered. */
async function open(id, q) {
  $('results').replaceChildren();
  forget();
  drawnRoot = null;
  view = { ...emptyView(), ...readControls(), q, id };
  saveView(view);
  await render();
  openEntity(cy.getElementById(id));
}

// A double tap expands; cytoscape's own dbltap also fires for quick taps on two different nodes
// (Shift+clicking the ends of a path), so the second tap must be on the same node.
let lastTap = { id: null, at: 0 };
cy.on('tap', 'node', (ev) => {
  const id = ev.target.id();
  const double = lastTap.id === id && ev.timeStamp - lastTap.at < 400;
  lastTap = { id, at: ev.timeStamp };
  if (double) expand(id);
  else openEntity(ev.target);
});
cy.on('tap', 'edge', (ev) => showRelation(ev.target.data(), (id) => cy.getElementById(id).data('name') ?? id));
// The order the analyst picked the two ends in is the path's direction.
let picked = [];
cy.on('select unselect', 'node', (ev) => {
  picked = picked.filter((id) => id !== ev.target.id() && cy.getElementById(id).selected());
  if (ev.type === 'select') picked.push(ev.target.id());
  $('path').disabled = picked.length !== 2;
});

$('search').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = $('query').value.trim();
  if (!q) return;
  try {
    const hits = await search(q);
    if (!hits.length) return say(`nothing found for “${q}”`);
    await open(hits[0].id, q);
    $('results').replaceChildren(...hits.slice(1).map((r) => {
      const li = el('li', undefined, { tabindex: '0' });
      li.append(el('span', undefined, { class: 'swatch', style: `background:${(style.nodes[r.type] ?? style.nodes['*']).color}` }), el('span', r.name, { dir: 'auto' }), el('span', r.nameAr ?? '', { dir: 'rtl', lang: 'ar' }), el('span', r.type, { class: 'type' }));
      li.addEventListener('click', () => open(r.id, q));
      li.addEventListener('keydown', (k) => k.key === 'Enter' && open(r.id, q));
      return li;
    }));
  } catch (err) {
    say(`error: ${err.message}`);
  }
});

$('apply').addEventListener('click', () => {
  if (!view.id) return;
  view = { ...view, ...readControls() };
  saveView(view);
  render();
});
$('path').addEventListener('click', () => {
  const [a, b] = picked;
  cy.nodes().unselect();
  if (a && b) findPath(a, b);
});
$('fit').addEventListener('click', () => cy.fit(undefined, 40));
$('png').addEventListener('click', () => exportPng(cy, view.id));
$('svg').addEventListener('click', () => exportSvg(cy, view.id));
window.addEventListener('popstate', () => {
  view = parseView(location.search);
  writeControls(view);
  if (!view.id) {
    cy.elements().remove();
    drawnRoot = null;
  }
  render();
});

buildControls(style);
view = parseView(location.search);
writeControls(view);
if (view.id) await render();
document.body.dataset.ready = 'true';
if (!view.id) say('ready');
