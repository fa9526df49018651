// The view as an address: what was searched, at which depth, under which filters, which nodes were
// expanded, which path is shown and which time window. Reloading or sharing the address redraws it.

export const PREDICATES = ['VISITED', 'MET', 'DEPLOYED_TROOPS_TO', 'SUPPLIED_ARMS_TO', 'JOINT_EXERCISE', 'OFFICIAL_OF'];
export const STATUSES = ['occurred', 'planned', 'possible'];

/** An empty view: nothing drawn, every relation and status, depth 1. */
export function emptyView() {
  return { q: '', id: null, depth: 1, predicates: null, status: null, from: null, to: null, expanded: [], path: null, window: null };
}

const list = (value, allowed) => {
  if (value === null) return null;
  const items = value.split(',').filter((v) => allowed.includes(v));
  return items.length && items.length < allowed.length ? items : null;
};

/** Reads a view from a query string; unknown values fall back to the defaults. */
export function parseView(search) {
  const p = new URLSearchParams(search);
  const v = emptyView();
  v.q = p.get('q') ?? '';
  v.id = p.get('id') || null;
  v.depth = p.get('depth') === '2' ? 2 : 1;
  v.predicates = list(p.get('rel'), PREDICATES);
  v.status = list(p.get('status'), STATUSES);
  v.from = p.get('from') || null;
  v.to = p.get('to') || null;
  v.expanded = (p.get('expand') ?? '').split(',').filter(Boolean);
  const path = (p.get('path') ?? '').split(',').filter(Boolean);
  v.path = path.length === 2 ? path : null;
  const w = (p.get('window') ?? '').split('..');
  v.window = w.length === 2 && w[0] && w[1] ? w : null;
  return v;
}

/** Writes a view as a query string, leaving defaults out so addresses stay short. */
export function formatView(v) {
  const p = new URLSearchParams();
  if (v.q) p.set('q', v.q);
  if (v.id) p.set('id', v.id);
  if (v.depth !== 1) p.set('depth', String(v.depth));
  if (v.predicates) p.set('rel', v.predicates.join(','));
  if (v.status) p.set('status', v.status.join(','));
  if (v.from) p.set('from', v.from);
  if (v.to) p.set('to', v.to);
  if (v.expanded.length) p.set('expand', v.expanded.join(','));
  if (v.path) p.set('path', v.path.join(','));
  if (v.window) p.set('window', v.window.join('..'));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Records the view in the address bar: a new history entry for a new drawing, a replacement for a tweak. */
export function saveView(v, { replace = false } = {}) {
  const url = `${location.pathname}${formatView(v)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}
