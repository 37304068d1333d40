/**
 * Term counts as the index snapshot stores them: two arrays sorted by term, looked up by binary search, with the
 * counts changed since in a small map. Adding an article reads and changes a few hundred counts; making a map of
 * every term of a large corpus first (150,000 of them at 10,000 articles) would cost more than the whole addition.
 */
export class SortedCounts {
  private readonly changed = new Map<string, number>();
  constructor(
    private readonly terms: string[],
    private readonly counts: number[],
  ) {}

  private find(t: string): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = this.terms[mid]!;
      if (x === t) return mid;
      if (x < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(t: string): number | undefined {
    const c = this.changed.get(t);
    if (c !== undefined) return c;
    const i = this.find(t);
    return i < 0 ? undefined : this.counts[i];
  }

  set(t: string, n: number): this {
    this.changed.set(t, n);
    return this;
  }

  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.terms.length; i++) if (!this.changed.has(this.terms[i]!)) yield [this.terms[i]!, this.counts[i]!];
    yield* this.changed;
  }
}

/** Terms and counts sorted by term, as SortedCounts reads them. */
export function sortedCounts(entries: Iterable<[string, number]>): { terms: string[]; counts: number[] } {
  const all = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { terms: all.map((e) => e[0]), counts: all.map((e) => e[1]) };
}
