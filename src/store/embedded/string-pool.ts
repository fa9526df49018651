/**
 * One copy of each repeated short value (dates, statuses, precisions, rule names). Values read back
 * from the journal are fresh strings per fact; a million facts hold a few thousand distinct dates.
 */
export class StringPool {
  private readonly pool = new Map<string, string>();

  get<T extends string | null>(s: T): T {
    if (s === null) return s;
    const held = this.pool.get(s);
    if (held !== undefined) return held as T;
    this.pool.set(s, s);
    return s;
  }
}
