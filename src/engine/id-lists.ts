/**
 * Lists of ids by key, all in one typed array: what a question reads per index (the sentences each name is carried
 * into, each speaker's sentences, the disagreements quoting each sentence) kept for every later question. As a list
 * per key they were an array each with room to grow, some 20 MB at 10,000 articles; here they are 4 bytes an id.
 */

/** Read like a Map of lists: each key's ids in the order they were added (a view, not a copy, the same at every read). */
export interface IdListsByKey<K> {
  get(key: K): Int32Array | undefined;
}

/** Gathers ids by key, in the order they are added, then packs them (`done`). */
export class IdListsBuilder<K> {
  private readonly listOf = new Map<K, number>();
  private lists: Int32Array = new Int32Array(1024);
  private ids: Int32Array = new Int32Array(1024);
  private n = 0;

  add(key: K, id: number): void {
    let list = this.listOf.get(key);
    if (list === undefined) this.listOf.set(key, (list = this.listOf.size));
    if (this.n === this.ids.length) {
      this.lists = grown(this.lists);
      this.ids = grown(this.ids);
    }
    this.lists[this.n] = list;
    this.ids[this.n++] = id;
  }

  /** The lists, each key's ids in the order added (a counting sort by list, which keeps that order). */
  done(): IdListsByKey<K> {
    const count = this.listOf.size;
    const starts = new Int32Array(count + 1);
    for (let k = 0; k < this.n; k++) starts[this.lists[k]! + 1]!++;
    for (let l = 0; l < count; l++) starts[l + 1]! += starts[l]!;
    const next = starts.slice(0, count);
    const ids = new Int32Array(this.n);
    for (let k = 0; k < this.n; k++) ids[next[this.lists[k]!]!++] = this.ids[k]!;
    const listOf = this.listOf;
    // Each list's view made at its first read and kept: questions read the same few lists again and again, and a
    // view made at every read was garbage on the hot paths of scoring.
    const views: (Int32Array | undefined)[] = new Array(count);
    return {
      get: (key) => {
        const l = listOf.get(key);
        return l === undefined ? undefined : (views[l] ??= ids.subarray(starts[l], starts[l + 1]));
      },
    };
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
