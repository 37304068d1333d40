/**
 * The fact clustering's input and output as a worker thread is sent them: terms as ids into one vocabulary and the
 * clusters as flat typed arrays, since cloning a hundred thousand small arrays and maps costs more than the encoding.
 * Decoding gives back equal values, maps in the same order.
 */
import type { FactCluster, FactInput } from '../engine/fact-clusters.ts';

export type EncodedInput = Omit<FactInput, 'terms'> & { vocabulary: string[]; termIds: Int32Array; termStart: Int32Array };

export function encodeInput(input: FactInput): EncodedInput {
  const { terms, ...rest } = input;
  const vocabulary: string[] = [];
  const idOf = new Map<string, number>();
  let total = 0;
  for (const t of terms) total += t.length;
  const termIds = new Int32Array(total);
  const termStart = new Int32Array(terms.length + 1);
  let k = 0;
  terms.forEach((list, d) => {
    for (const term of list) {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = vocabulary.push(term) - 1));
      termIds[k++] = id;
    }
    termStart[d + 1] = k;
  });
  return { ...rest, vocabulary, termIds, termStart };
}

export function decodeInput(e: EncodedInput): FactInput {
  const { vocabulary, termIds, termStart, ...rest } = e;
  const terms: string[][] = [];
  for (let d = 0; d + 1 < termStart.length; d++) {
    const list: string[] = [];
    for (let k = termStart[d]!; k < termStart[d + 1]!; k++) list.push(vocabulary[termIds[k]!]!);
    terms.push(list);
  }
  return { ...rest, terms };
}

export interface EncodedClusters {
  seed: Int32Array;
  cohesion: Float64Array;
  /** Cluster i's members at members[start[i]] up to members[start[i + 1]]; its sims' entries likewise, in map order. */
  start: Int32Array;
  members: Int32Array;
  simStart: Int32Array;
  simIds: Int32Array;
  sims: Float64Array;
}

export function encodeClusters(clusters: FactCluster[]): EncodedClusters {
  let members = 0;
  let sims = 0;
  for (const c of clusters) {
    members += c.members.length;
    sims += c.sims.size;
  }
  const e: EncodedClusters = {
    seed: Int32Array.from(clusters, (c) => c.seed),
    cohesion: Float64Array.from(clusters, (c) => c.cohesion),
    start: new Int32Array(clusters.length + 1),
    members: new Int32Array(members),
    simStart: new Int32Array(clusters.length + 1),
    simIds: new Int32Array(sims),
    sims: new Float64Array(sims),
  };
  let m = 0;
  let s = 0;
  clusters.forEach((c, i) => {
    for (const id of c.members) e.members[m++] = id;
    for (const [id, sim] of c.sims) {
      e.simIds[s] = id;
      e.sims[s++] = sim;
    }
    e.start[i + 1] = m;
    e.simStart[i + 1] = s;
  });
  return e;
}

export function decodeClusters(e: EncodedClusters): FactCluster[] {
  return Array.from(e.seed, (seed, i) => {
    const sims = new Map<number, number>();
    for (let k = e.simStart[i]!; k < e.simStart[i + 1]!; k++) sims.set(e.simIds[k]!, e.sims[k]!);
    return { seed, members: Array.from(e.members.subarray(e.start[i]!, e.start[i + 1]!)), sims, cohesion: e.cohesion[i]! };
  });
}

/** The typed arrays of an encoded value, to transfer rather than copy. */
export const buffersOf = (e: object): ArrayBuffer[] => Object.values(e).flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer as ArrayBuffer] : []));
