// The filter controls: built once in the colours of style.grass, read into a view, set from one.
import { el } from './panel.js';
import { PREDICATES, STATUSES } from './view.js';

const $ = (id) => document.getElementById(id);

/** The filter controls into the view, and back. */
export function readControls() {
  const checked = (box) => [...$(box).querySelectorAll('input:checked')].map((i) => i.value);
  const some = (values, all) => (values.length === all.length ? null : values);
  return {
    depth: Number(document.querySelector('input[name=depth]:checked').value),
    predicates: some(checked('predicates'), PREDICATES),
    status: some(checked('statuses'), STATUSES),
    from: $('from').value.trim() || null,
    to: $('to').value.trim() || null,
  };
}

export function writeControls(v) {
  $('query').value = v.q;
  for (const box of $('predicates').querySelectorAll('input')) box.checked = !v.predicates || v.predicates.includes(box.value);
  for (const box of $('statuses').querySelectorAll('input')) box.checked = !v.status || v.status.includes(box.value);
  $('from').value = v.from ?? '';
  $('to').value = v.to ?? '';
  document.querySelector(`input[name=depth][value="${v.depth}"]`).checked = true;
}

/** The checkboxes of relations and statuses, in the colours of style.grass, and the legend. */
export function buildControls(style) {
  for (const p of PREDICATES) {
    const label = el('label');
    const box = el('input', undefined, { type: 'checkbox', value: p });
    label.append(box, el('span', ` ${p.replaceAll('_', ' ').toLowerCase()}`, { style: `color:${(style.relationships[p] ?? style.relationships['*']).color}` }));
    $('predicates').append(label);
  }
  for (const s of STATUSES) {
    const label = el('label');
    label.append(el('input', undefined, { type: 'checkbox', value: s }), ` ${s}`);
    $('statuses').append(label);
  }
  for (const type of ['Country', 'Person', 'Organization', 'Place', 'Event']) {
    const row = el('div');
    row.append(el('span', undefined, { class: 'swatch', style: `background:${(style.nodes[type] ?? style.nodes['*']).color}` }), type);
    $('legend').append(row);
  }
}

