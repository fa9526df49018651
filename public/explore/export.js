// Pictures of the drawing for reports: PNG (cytoscape's own renderer, at twice the screen's
// resolution) and SVG (cytoscape-svg), of the whole drawing on white, named after what is shown.

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** shabaka-sergey-lavrov-2026-12-02: the searched entity and the day of the export. */
function fileName(cy, rootId) {
  const root = rootId ? cy.getElementById(rootId).data('name') ?? rootId : 'graph';
  const slug = String(root).normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'graph';
  return `shabaka-${slug}-${new Date().toISOString().slice(0, 10)}`;
}

export function exportPng(cy, rootId) {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  download(blob, `${fileName(cy, rootId)}.png`);
}

export function exportSvg(cy, rootId) {
  const svg = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName(cy, rootId)}.svg`);
}
