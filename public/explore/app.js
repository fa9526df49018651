// shabaka explorer: search an entity, draw its neighbourhood with cytoscape.js, expand nodes, filter,
// and read the evidence behind each edge. Everything comes from the public GraphQL API at /graphql.
// Article text (names, evidence, titles) is only ever set as textContent, never parsed as HTML.
import cytoscape from '/explore/vendor/cytoscape.mjs';

const PREDICATES = ['VISITED', 'MET', 'DEPLOYED_TROOPS_TO', 'SUPPLIED_ARMS_TO', 'JOINT_EXERCISE', 'OFFICIAL_OF'];
const STATUSES = ['occurred', 'planned', 'possible'];
const $ = (id) => document.getElementById(id);

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $predicates: [Predicate!], $from: String, $to: String, $status: [Status!]) {
  neighbourhood(id: $id, depth: $depth, predicates: $predicates, from: $from, to: $to, status: $status, limit: 200) {
    nodes { id type name nameAr mentionCount }
    edges { id predicate date status sourceCount confidence role subject { id } object { id }
      sources { evidence outlet url published status rule confidence article { id title } } }
  }
}`;
const SEARCH = 'query Search($q: String!) { search(query: $q, limit: 10) { id type name nameAr mentionCount } }';

async function ask(query, variables) {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** An element with text content only; `attrs` may set dir, lang, class. */
function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function say(text) {
  $('status').textContent = text;
}

const style = await (await fetch('/explore/style.json')).json();
const nodeStyle = (type) => style.nodes[type] ?? style.nodes['*'];
const edgeStyle = (type) => style.relationships[type] ?? style.relationships['*'];

const cy = cytoscape({
  container: $('graph'),
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
    { selector: 'edge.quiet:selected', style: { 'text-opacity': 1 } },
    { selector: ':selected', style: { 'overlay-color': '#f0b429', 'overlay-opacity': 0.35 } },
  ],
});
window.shabakaGraph = cy; // a handle for the end-to-end test and for analysts in the console

const roots = new Set();

function filters() {
  const checked = (box) => [...$(box).querySelectorAll('input:checked')].map((i) => i.value);
  const predicates = checked('predicates');
  const status = checked('statuses');
  return {
    depth: Number(document.querySelector('input[name=depth]:checked').value),
    predicates: predicates.length === PREDICATES.length ? null : predicates,
    status: status.length === STATUSES.length ? null : status,
    from: $('from').value.trim() || null,
    to: $('to').value.trim() || null,
  };
}

function addGraph(graph) {
  const els = [];
  for (const n of graph.nodes) {
    if (cy.getElementById(n.id).nonempty()) continue;
    const label = n.nameAr && n.nameAr !== n.name ? `${n.name}\n${n.nameAr}` : n.name;
    els.push({ group: 'nodes', data: { ...n, label } });
  }
  for (const e of graph.edges) {
    if (cy.getElementById(e.id).nonempty()) continue;
    const label = [e.predicate.replaceAll('_', ' ').toLowerCase(), e.role, e.date].filter(Boolean).join(' · ');
    els.push({ group: 'edges', classes: e.status, data: { ...e, source: e.subject.id, target: e.object.id, label } });
  }
  cy.add(els);
  return els.length;
}

/** Draws the neighbourhood of each id: the entity searched for at the chosen depth, expanded nodes at depth 1. */
async function draw(ids, { reset = false } = {}) {
  const f = filters();
  if (reset) cy.elements().remove();
  say('loading…');
  try {
    for (const id of ids) {
      const { neighbourhood } = await ask(NEIGHBOURHOOD, { id, ...f, depth: id === [...roots][0] ? f.depth : 1 });
      addGraph(neighbourhood);
    }
  } catch (err) {
    say(`error: ${err.message}`);
    return;
  }
  cy.nodes().removeClass('root');
  for (const id of roots) cy.getElementById(id).addClass('root');
  cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 600000, idealEdgeLength: () => 140, nodeOverlap: 40, gravity: 0.2, numIter: 2500, padding: 40 }).run();
  // Edge captions help on a small drawing and clutter a large one, where the selected edge keeps its own.
  cy.edges().toggleClass('quiet', cy.edges().length > 14);
  // A small neighbourhood fitted to the pane would be drawn huge: keep labels at reading size.
  if (cy.zoom() > 1.1) {
    cy.zoom(1.1);
    cy.center();
  }
  const names = [...roots].map((id) => cy.getElementById(id).data('name')).filter(Boolean);
  say(`${cy.nodes().length} entities, ${cy.edges().length} relations · around ${names.join(', ')}`);
}

function showEntity(n) {
  const d = n.data();
  const box = $('details');
  box.replaceChildren(el('h2', d.name, { dir: 'auto' }));
  if (d.nameAr) box.append(el('p', d.nameAr, { dir: 'rtl', lang: 'ar', class: 'evidence' }));
  box.append(el('p', `${d.type} · ${d.id} · named in ${d.mentionCount ?? '?'} article(s)`, { class: 'meta' }));
  const expand = el('button', roots.has(d.id) ? 'Expanded' : 'Expand this node', { type: 'button' });
  expand.disabled = roots.has(d.id);
  expand.addEventListener('click', () => expandNode(d.id));
  box.append(expand);
}

function showRelation(e) {
  const d = e.data();
  const name = (id) => cy.getElementById(id).data('name') ?? id;
  const box = $('details');
  box.replaceChildren(el('h2', `${name(d.source)} → ${d.predicate} → ${name(d.target)}`, { dir: 'auto' }));
  box.append(el('p', [d.date ?? 'undated', d.status, d.role, `${d.sourceCount} source(s)`, `confidence ${d.confidence}`].filter(Boolean).join(' · '), { class: 'meta' }));
  for (const s of d.sources) {
    const item = el('div', undefined, { class: 'source' });
    item.append(el('p', s.evidence, { dir: 'rtl', lang: 'ar', class: 'evidence' }));
    item.append(el('p', s.article.title ?? s.article.id, { dir: 'auto' }));
    item.append(el('p', [s.outlet, s.published, s.status, s.rule].filter(Boolean).join(' · '), { class: 'meta' }));
    if (s.url && /^https?:\/\//i.test(s.url)) item.append(el('a', s.url, { href: s.url, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }));
    box.append(item);
  }
}

async function expandNode(id) {
  if (roots.has(id)) return;
  roots.add(id);
  await draw([id]);
  showEntity(cy.getElementById(id));
}

cy.on('tap', 'node', (ev) => showEntity(ev.target));
cy.on('dbltap', 'node', (ev) => expandNode(ev.target.id()));
cy.on('tap', 'edge', (ev) => showRelation(ev.target));

async function open(id) {
  roots.clear();
  roots.add(id);
  $('results').replaceChildren();
  await draw([id], { reset: true });
  showEntity(cy.getElementById(id));
}

$('search').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = $('query').value.trim();
  if (!q) return;
  try {
    const { search } = await ask(SEARCH, { q });
    if (!search.length) return say(`nothing found for “${q}”`);
    await open(search[0].id);
    $('results').replaceChildren(...search.slice(1).map((r) => {
      const li = el('li', undefined, { tabindex: '0' });
      li.append(el('span', undefined, { class: 'swatch', style: `background:${nodeStyle(r.type).color}` }), el('span', r.name, { dir: 'auto' }), el('span', r.nameAr ?? '', { dir: 'rtl', lang: 'ar' }), el('span', r.type, { class: 'type' }));
      li.addEventListener('click', () => open(r.id));
      li.addEventListener('keydown', (k) => k.key === 'Enter' && open(r.id));
      return li;
    }));
  } catch (err) {
    say(`error: ${err.message}`);
  }
});

$('apply').addEventListener('click', () => roots.size && draw([...roots], { reset: true }));

for (const p of PREDICATES) {
  const label = el('label');
  const box = el('input', undefined, { type: 'checkbox', value: p });
  box.checked = true;
  label.append(box, el('span', ` ${p.replaceAll('_', ' ').toLowerCase()}`, { style: `color:${edgeStyle(p).color}` }));
  $('predicates').append(label);
}
for (const s of STATUSES) {
  const label = el('label');
  const box = el('input', undefined, { type: 'checkbox', value: s });
  box.checked = true;
  label.append(box, ` ${s}`);
  $('statuses').append(label);
}
for (const type of ['Country', 'Person', 'Organization', 'Place', 'Event']) {
  const row = el('div');
  row.append(el('span', undefined, { class: 'swatch', style: `background:${nodeStyle(type).color}` }), type);
  $('legend').append(row);
}
document.body.dataset.ready = 'true';
say('ready');
