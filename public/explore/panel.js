// The details pane: an entity with its actions, or a relation with its evidence, ten sources at a
// time in date order. Article text is only ever set as textContent, never parsed as HTML.
import { sources } from './api.js';

const PAGE = 10;
const $ = (id) => document.getElementById(id);

/** An element with text content only; `attrs` may set dir, lang, class, type. */
export function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export function button(text, onClick, attrs = {}) {
  const b = el('button', text, { type: 'button', ...attrs });
  b.addEventListener('click', onClick);
  return b;
}

/** `actions`: [label, handler, disabled?] for each button under the entity. */
export function showEntity(d, actions) {
  const box = $('details');
  box.replaceChildren(el('h2', d.name, { dir: 'auto' }));
  if (d.nameAr) box.append(el('p', d.nameAr, { dir: 'rtl', lang: 'ar', class: 'evidence' }));
  box.append(el('p', `${d.type} · ${d.id} · named in ${d.mentionCount ?? '?'} article(s)`, { class: 'meta' }));
  const row = el('div', undefined, { class: 'actions' });
  for (const [label, onClick, disabled] of actions) {
    const b = button(label, onClick);
    b.disabled = Boolean(disabled);
    row.append(b);
  }
  box.append(row);
}

/** Oldest report first, undated reports last; `newest` reverses the dated ones. */
export function byPublication(list, newest = false) {
  const dated = list.filter((s) => s.published).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : (a.outlet ?? '').localeCompare(b.outlet ?? '')));
  if (newest) dated.reverse();
  return [...dated, ...list.filter((s) => !s.published)];
}

function sourceItem(s) {
  const item = el('div', undefined, { class: 'source' });
  item.append(el('p', s.evidence, { dir: 'auto', class: 'evidence' }));
  item.append(el('p', s.article.title ?? s.article.id, { dir: 'auto', class: 'title' }));
  item.append(el('p', [s.published ?? 'undated', s.outlet, s.status, s.rule].filter(Boolean).join(' · '), { class: 'meta' }));
  if (s.url && /^https?:\/\//i.test(s.url)) item.append(el('a', s.url, { href: s.url, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }));
  return item;
}

/** The relation's header at once, its sources when they arrive; the list grows by ten with “more”. */
export async function showRelation(d, name) {
  const box = $('details');
  box.replaceChildren(el('h2', `${name(d.source)} → ${d.predicate} → ${name(d.target)}`, { dir: 'auto' }));
  box.append(el('p', [d.date ?? 'undated', d.status, d.role, `${d.sourceCount} source(s)`, `confidence ${d.confidence}`].filter(Boolean).join(' · '), { class: 'meta' }));
  const loading = el('p', 'loading the sources…', { class: 'meta' });
  box.append(loading);
  let all;
  try {
    all = await sources(d);
  } catch (err) {
    loading.textContent = `cannot load the sources: ${err.message}`;
    return;
  }
  if (!box.contains(loading)) return; // the analyst opened something else meanwhile
  let newest = false;
  let shown = PAGE;
  const order = button('', () => { newest = !newest; render(); }, { class: 'order' });
  const list = el('div', undefined, { class: 'sources' });
  const more = button('', () => { shown += PAGE; render(); }, { class: 'more' });
  const render = () => {
    const sorted = byPublication(all, newest);
    order.textContent = newest ? 'Newest report first ⇅' : 'Oldest report first ⇅';
    list.replaceChildren(...sorted.slice(0, shown).map(sourceItem));
    more.textContent = `More (${Math.min(PAGE, sorted.length - shown)} of ${sorted.length - shown} left)`;
    more.hidden = shown >= sorted.length;
  };
  loading.replaceWith(order, list, more);
  render();
}
