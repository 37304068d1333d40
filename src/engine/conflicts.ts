/**
 * Where outlets disagree: the same event, counting the same kind of thing, in the same context, with values that
 * cannot both hold. "At least 1" against 2 is not a conflict; neither are two numbers one sentence states together
 * (they count different things) or a part against its total.
 */
import type { Conflict, ConflictValue, Quantity, Sentence } from './types.ts';
import { TermStats, UnionFind, stableId } from './similarity.ts';
import { rareNames, type Mention } from './mentions.ts';
import { toSourceRef } from './source-ref.ts';
import { EVENT_PARTICIPLE } from './text/lexicon.ts';

function compatible(a: Quantity, b: Quantity): boolean {
  const lo = Math.min(a.value, b.value);
  const hi = Math.max(a.value, b.value);
  const lower = a.value < b.value ? a : b;
  const higher = a.value < b.value ? b : a;
  if (lower.qualifier === 'at_least' || higher.qualifier === 'at_most') return true;
  if ((a.qualifier === 'approx' || b.qualifier === 'approx') && hi - lo <= hi * 0.1) return true;
  return false;
}

/** Whether some sentence states both values (or one as a part of the other): then they count different things. */
function togetherSomewhere(sentences: Sentence[], withValue: Map<number, number[]>, a: number, b: number, unitClass: string): boolean {
  const [fewer] = [withValue.get(a) ?? [], withValue.get(b) ?? []].sort((x, y) => x.length - y.length);
  return fewer!.some((id) => {
    const values = sentences[id]!.quantities.filter((q) => q.unitClass === unitClass || q.unitClass === null).map((q) => q.value);
    if (values.includes(a) && values.includes(b)) return true;
    // A part and its total: "75 passengers: 60 adults and 15 children".
    const sum = values.reduce((x, y) => x + y, 0);
    return (values.includes(a) && sum - a === b) || (values.includes(b) && sum - b === a);
  });
}

/** How many members of each cluster to compare: enough to find a shared context, bounded so large clusters stay cheap. */
const SAMPLE = 40;

export function findConflicts(sentences: Sentence[], stats: TermStats, nameFrequency: Map<string, number>, clusters: Mention[][]): Conflict[] {
  const rare = (s: Sentence) => rareNames(s, nameFrequency, sentences.length);
  const withValue = new Map<number, number[]>();
  for (const s of sentences) for (const v of new Set(s.quantities.map((q) => q.value))) withValue.set(v, [...(withValue.get(v) ?? []), s.id]);
  const edges: { x: number; y: number; place: string; at: Mention }[] = [];

  // Only clusters of the same event, counted class, scope and modality can disagree.
  const buckets = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const a = c[0]!;
    if (!a.q.event) return;
    const k = `${a.unitClass}|${a.q.event}|${a.q.perParty}|${a.q.planned}`;
    buckets.set(k, [...(buckets.get(k) ?? []), i]);
  });
  for (const list of buckets.values()) {
    for (const x of list) {
      for (const y of list) {
        if (y <= x) continue;
        const a = clusters[x]![0]!;
        const b = clusters[y]![0]!;
        if (a.q.value === b.q.value) continue;
        let edge: (typeof edges)[number] | null = null;
        for (const ma of clusters[x]!.slice(0, SAMPLE)) {
          for (const mb of clusters[y]!.slice(0, SAMPLE)) {
            const sa = sentences[ma.sentence]!;
            const sb = sentences[mb.sentence]!;
            if (sa.publisher === sb.publisher || compatible(ma.q, mb.q)) continue;
            const rb = rare(sb);
            const shared = [...rare(sa)].filter((n) => rb.has(n));
            if (shared.length > 0 || stats.similarity(sa.id, sb.id) >= 0.35) edge = { x, y, place: shared[0] ?? '', at: ma };
            if (edge) break;
          }
          if (edge) break;
        }
        if (edge && !togetherSomewhere(sentences, withValue, a.q.value, b.q.value, a.unitClass)) edges.push(edge);
      }
    }
  }

  // Disagreements that share a side are one disagreement with several values: 12, 14 and 16 killed.
  const uf = new UnionFind(clusters.length);
  for (const e of edges) uf.union(e.x, e.y);
  const byRoot = new Map<number, (typeof edges)[number][]>();
  for (const e of edges) byRoot.set(uf.find(e.x), [...(byRoot.get(uf.find(e.x)) ?? []), e]);

  const conflicts: Conflict[] = [];
  for (const group of byRoot.values()) {
    const members = [...new Set(group.flatMap((e) => [e.x, e.y]))].map((i) => clusters[i]!);
    const first = group[0]!;
    const q = first.at.q;
    const place = group.find((e) => e.place)?.place ?? '';
    // The place as written, preferring a spelling that is not a shouting dateline ("LISBON —").
    const spellings = members.flatMap((c) => c.map((m) => sentences[m.sentence]!.text.match(new RegExp(`\\b${escapeRegExp(place)}\\b`, 'gi')) ?? [])).flat();
    const placeText = place ? (spellings.find((x) => x !== x.toUpperCase()) ?? spellings[0] ?? place) : '';
    const what = first.at.unitClass === 'person' ? 'people' : (q.unit ?? first.at.unitClass);
    const topic = `${what} ${EVENT_PARTICIPLE[q.event!] ?? q.event}${placeText ? ` (${placeText})` : ''}`;
    const byValue = new Map<number, Mention[]>();
    for (const c of members) byValue.set(c[0]!.q.value, [...(byValue.get(c[0]!.q.value) ?? []), ...c]);
    const values: ConflictValue[] = [...byValue.entries()]
      .sort((p, r) => p[0] - r[0])
      .map(([value, ms]) => {
        const dates = new Set(ms.map((m) => sentences[m.sentence]!.published));
        return {
          value,
          unit: ms.map((m) => m.q.unit).find((u) => u !== null) ?? null,
          sources: dedupe(ms.map((m) => toSourceRef(sentences[m.sentence]!))),
          published: dates.size === 1 ? [...dates][0]! : null,
        };
      });
    // Each value from its own day, the days all different: the figure was updated, not disputed. Say so, in order.
    const days = values.map((v) => v.published);
    const update = days.every((d) => d) && new Set(days).size === values.length;
    if (update) values.sort((p, r) => p.published!.localeCompare(r.published!));
    conflicts.push({ id: stableId('conflict', `${topic}|${values.map((v) => v.value).join('|')}`), topic, kind: update ? 'update' : 'disagreement', values });
  }
  return conflicts;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function dedupe<T extends { file: string; quote: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.file}|${r.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
