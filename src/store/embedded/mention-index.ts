/** Up to this many articles are kept in a plain array; a Set only pays for itself beyond that. */
const SMALL = 16;

type Held = string | string[] | Set<string>;

/**
 * Which articles mention each entity (the MENTIONS relationships of the graph model): an entity goes
 * when the last one is retracted. Most entities are named by one article or a few, so one article is
 * held as its id and a few as an array; only a much-mentioned entity (a country) gets a Set. A Set
 * per entity would cost more heap than a fact.
 */
export class MentionIndex {
  private readonly by = new Map<string, Held>();

  add(entity: string, article: string): void {
    const held = this.by.get(entity);
    if (held === undefined || held === article) this.by.set(entity, article);
    else if (typeof held === 'string') this.by.set(entity, [held, article]);
    else if (held instanceof Set) held.add(article);
    else if (!held.includes(article)) {
      if (held.length < SMALL) held.push(article);
      else this.by.set(entity, new Set([...held, article]));
    }
  }

  /** Removes one article's mention; returns how many articles still mention the entity. */
  remove(entity: string, article: string): number {
    const held = this.by.get(entity);
    if (held === undefined) return 0;
    if (held instanceof Set) {
      held.delete(article);
      if (held.size > SMALL) return held.size;
    }
    const left = typeof held === 'string' ? (held === article ? [] : [held]) : [...held].filter((a) => a !== article);
    if (!left.length) this.by.delete(entity);
    else this.by.set(entity, left.length === 1 ? left[0]! : left);
    return left.length;
  }

  count(entity: string): number {
    const held = this.by.get(entity);
    return held === undefined ? 0 : typeof held === 'string' ? 1 : held instanceof Set ? held.size : held.length;
  }

  articles(entity: string): string[] {
    const held = this.by.get(entity);
    return held === undefined ? [] : typeof held === 'string' ? [held] : [...held];
  }

  entities(): IterableIterator<string> {
    return this.by.keys();
  }
}
