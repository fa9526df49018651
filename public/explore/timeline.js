// A histogram of the drawn facts over time with a window the analyst narrows: relations outside
// the window are hidden, entities left without a shown relation fade. Nothing is asked again.
import { button, el } from './panel.js';

const $ = (id) => document.getElementById(id);

/** The span a partial date covers, as strings that compare in date order (2025 → 2025-00-00 … 2025-99-99). */
export const span = (date) => [date.padEnd(10, '-00').slice(0, 10), date.padEnd(10, '-99').slice(0, 10)];

/** Monthly bins over the drawn dates, yearly ones when they cover more than three years. */
export function bins(dates) {
  if (!dates.length) return { unit: 'month', keys: [] };
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const lo = Math.min(...years), hi = Math.max(...years);
  if (hi - lo >= 3) return { unit: 'year', keys: Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i)) };
  const months = dates.map((d) => (d.length >= 7 ? d.slice(0, 7) : `${d}-01`)).sort();
  const keys = [];
  for (let [y, m] = months[0].split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= months.at(-1); m === 12 ? (y++, m = 1) : m++) {
    keys.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return { unit: 'month', keys };
}

/** The bin a date is counted in (a year-only date in its January when bins are months). */
const binOf = (date, unit) => (unit === 'year' ? date.slice(0, 4) : date.length >= 7 ? date.slice(0, 7) : `${date}-01`);

export function createTimeline(cy, onWindow) {
  let keys = [];
  let unit = 'month';
  let range = null;
  const box = $('timeline');

  /** Hides relations outside the range (undated ones follow their checkbox) and fades lone entities. */
  function apply() {
    const showUndated = $('undated').checked;
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const d = e.data('date');
        const inside = d ? !range || (span(d)[0] <= span(range[1])[1] && span(d)[1] >= span(range[0])[0]) : showUndated;
        e.toggleClass('outside', !inside);
      });
      cy.nodes().forEach((n) => n.toggleClass('dim', Boolean(range || !showUndated) && n.connectedEdges().every((e) => e.hasClass('outside')) && !n.hasClass('root')));
    });
    const dated = cy.edges().filter((e) => e.data('date'));
    const shown = dated.filter((e) => !e.hasClass('outside')).length;
    $('window-label').textContent = keys.length
      ? `${range ? `${range[0]} – ${range[1]}` : `${keys[0]} – ${keys.at(-1)}`} · ${shown}/${dated.length} dated relations`
      : 'no dated relations drawn';
    $('undated-count').textContent = ` undated (${cy.edges().length - dated.length})`;
    for (const bar of box.querySelectorAll('.bar')) bar.classList.toggle('in', !range || (bar.dataset.key >= range[0] && bar.dataset.key <= range[1]));
  }

  function setWindow(w, { notify = true } = {}) {
    range = w && keys.length && !(w[0] <= keys[0] && w[1] >= keys.at(-1)) ? w : null;
    $('window-start').value = String(range ? Math.max(0, keys.findIndex((k) => k >= range[0])) : 0);
    $('window-end').value = String(range ? keys.findLastIndex((k) => k <= range[1]) : keys.length - 1);
    apply();
    if (notify) onWindow(range);
  }

  /** Recounts the bins after the drawing changed, keeping the range the analyst chose. */
  function update(w = range) {
    const dates = cy.edges().map((e) => e.data('date')).filter(Boolean);
    ({ unit, keys } = bins(dates));
    const counts = new Map(keys.map((k) => [k, 0]));
    for (const d of dates) counts.set(binOf(d, unit), (counts.get(binOf(d, unit)) ?? 0) + 1);
    const top = Math.max(1, ...counts.values());
    $('bars').replaceChildren(...keys.map((k) => {
      const bar = button('', () => setWindow([k, k]), { class: 'bar', 'data-key': k, title: `${k}: ${counts.get(k)} relation(s)` });
      bar.append(el('span', undefined, { style: `height:${Math.round((100 * counts.get(k)) / top)}%` }));
      return bar;
    }));
    // The year under its first bar (every bar is a year when bins are years).
    $('ticks').replaceChildren(...keys.map((k, i) => el('span', unit === 'year' || i === 0 || k.endsWith('-01') ? k.slice(0, 4) : '')));
    for (const id of ['window-start', 'window-end']) $(id).max = String(Math.max(0, keys.length - 1));
    box.hidden = cy.edges().empty();
    setWindow(w, { notify: false });
  }

  const fromSliders = () => {
    let [a, b] = [Number($('window-start').value), Number($('window-end').value)];
    if (a > b) [a, b] = [b, a];
    setWindow([keys[a], keys[b]]);
  };
  $('window-start').addEventListener('input', fromSliders);
  $('window-end').addEventListener('input', fromSliders);
  $('undated').addEventListener('change', apply);
  $('window-all').addEventListener('click', () => setWindow(null));
  return { update, setWindow, apply };
}
