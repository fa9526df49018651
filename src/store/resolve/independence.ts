/** What an article contributes to counting independent sources: its duplicate group and its outlet. */
export interface SourceOrigin {
  articleId: string;
  /** The near-duplicate group (a story told once, copied many times); the article's own id when alone. */
  story: string | null;
  /** The outlet that published it, when known. */
  outlet: string | null;
}

/**
 * Distinct stories by distinct outlets: articles of one duplicate group are one story, and several
 * stories from one outlet are one source. Counted as the connected parts of the articles linked by
 * sharing a story or an outlet (a syndicated copy under another masthead still counts once).
 */
export function independentSources(origins: readonly SourceOrigin[]): number {
  if (origins.length <= 1) return origins.length;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const node = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
    return x;
  };
  const union = (a: string, b: string) => parent.set(find(node(a)), find(node(b)));
  for (const o of origins) {
    const article = node(`a:${o.articleId}`);
    union(article, `s:${o.story ?? o.articleId}`);
    if (o.outlet) union(article, `o:${normaliseOutlet(o.outlet)}`);
  }
  return new Set(origins.map((o) => find(`a:${o.articleId}`))).size;
}

/** "Al Jazeera" and "al jazeera " are one outlet. */
function normaliseOutlet(outlet: string): string {
  return outlet.trim().toLowerCase().replace(/\s+/g, ' ');
}
