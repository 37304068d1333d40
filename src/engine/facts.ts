/**
 * Facts: claims clustered across outlets. Numeric claims cluster by value, counted class and event; statements by
 * speaker and wording. Each fact keeps every outlet's own sentence; corroboration counts distinct outlets.
 */
import type { Conflict, Fact, FactStatus, Sentence, SourceRef } from './types.ts';
import { TermStats, UnionFind, stableId } from './similarity.ts';
import type { Mention } from './mentions.ts';
import { oneLine, toSourceRef } from './source-ref.ts';
import { EVENT_PARTICIPLE, MEASURE_UNITS } from './text/lexicon.ts';
import { clusterFacts, type FactCluster } from './fact-clusters.ts';

/** How typical a sentence is of the coverage: mean of its best similarities to other outlets' sentences. */
function centralities(sentences: Sentence[], stats: TermStats): number[] {
  // The five best kept as they come, largest first, rather than every similarity sorted: the same five, summed in
  // the same order.
  const top: number[] = [];
  return sentences.map((s) => {
    top.length = 0;
    for (const o of stats.neighbours(s.id)) {
      if (sentences[o]!.publisher === s.publisher) continue;
      const sim = stats.similarity(s.id, o);
      if (top.length === 5 && sim <= top[4]!) continue;
      let i = Math.min(top.length, 4);
      if (top.length < 5) top.push(sim);
      for (; i > 0 && top[i - 1]! < sim; i--) top[i] = top[i - 1]!;
      top[i] = sim;
    }
    return top.length ? top.reduce((a, b) => a + b, 0) / 5 : 0;
  });
}

function mostCommon<T>(items: T[]): T | null {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/**
 * The source a fact rests on: a speaker named for it by two outlets or in at least half its sentences. Otherwise the
 * outlets report it on their own authority and the fact is attributed to no one.
 */
function mainSpeaker(members: Sentence[]): string | null {
  const outletsBy = new Map<string, Set<string>>();
  const countBy = new Map<string, number>();
  for (const s of members) {
    if (!s.attribution) continue;
    const d = s.attribution.display;
    outletsBy.set(d, (outletsBy.get(d) ?? new Set()).add(s.publisher));
    countBy.set(d, (countBy.get(d) ?? 0) + 1);
  }
  const ranked = [...countBy.entries()].sort((a, b) => outletsBy.get(b[0])!.size - outletsBy.get(a[0])!.size || b[1] - a[1]);
  const top = ranked[0];
  if (!top) return null;
  // Two sources with equal claims: the fact rests on neither alone.
  const second = ranked[1];
  if (second && outletsBy.get(second[0])!.size === outletsBy.get(top[0])!.size && second[1] === top[1]) return null;
  return outletsBy.get(top[0])!.size >= 2 || top[1] * 2 >= members.length ? top[0] : null;
}

function statusOf(members: Sentence[], outlets: number): FactStatus {
  if (members.every((s) => s.hedged)) return 'unverified';
  return outlets >= 2 ? 'corroborated' : 'single_source';
}

interface Draft {
  key: string;
  topic?: string;
  members: Sentence[];
  numbers: { value: number; unit: string | null }[];
  composite?: Fact['composite'];
  /** The sentence a statement is centred on: its wording is the fact's. */
  seed?: number;
  /**
   * The outlets a statement ranks by, when it also lists a claim's: it is ranked as what it adds to that claim (see
   * statementDrafts), so a claim's outlets do not lift a second line about it above the facts after it.
   */
  rankedBy?: Sentence[];
}

/** A sentence that opens by pointing back ("The other …", "He …", "This …"), so it needs the one before it. */
const BACK_REFERENCE = /^(?:the other|others|he|she|they|it|this|that|these|those|both|but|and)\b/i;

function toFact(d: Draft, central: number[], conflictBySentence: Map<string, string>): Fact {
  const all = [...new Map(d.members.map((s) => [s.id, s])).values()];
  const values = d.numbers.map((n) => n.value);
  const attributedTo = mainSpeaker(all);
  const wording = (s: Sentence) => {
    const has = s.quantities.filter((q) => values.includes(q.value)).length;
    // The best wording states this fact's numbers and little else, in the words of the fact's main source.
    const other = s.quantities.length - has;
    // "The other 31 were killed" leans on the sentence before it: a line that stands alone reads better.
    const leaning = BACK_REFERENCE.test(s.text) ? 1 : 0;
    return (s.id === d.seed ? 3 : 0) + (attributedTo && s.attribution?.display === attributedTo ? 1 : 0) + has * 0.5 - other * 0.6 + central[s.id]! * 2 - (s.hedged ? 1 : 0) - (s.text.length > 320 ? 0.5 : 0) - leaning;
  };
  const ranked = all.map((s) => ({ s, score: wording(s) })).sort((a, b) => b.score - a.score || a.s.id - b.s.id);
  // One source per outlet: that outlet's best sentence for the fact.
  const perOutlet = new Map<string, Sentence>();
  for (const { s } of ranked) if (!perOutlet.has(s.outlet)) perOutlet.set(s.outlet, s);
  const members = [...perOutlet.values()].sort((a, b) => a.id - b.id);
  // Corroboration counts publishers: a reprinted wire story is one voice however many outlets carry it.
  const outlets = [...new Set(members.map((s) => s.publisher))];
  // A statement is worded by the sentence it is centred on; a numeric claim by its best wording.
  const rep = (d.seed !== undefined ? all.find((s) => s.id === d.seed) : undefined) ?? ranked[0]!.s;
  const anySpeaker = members.filter((s) => s.attribution).map((s) => s.attribution!.display);
  const sources: SourceRef[] = members.map(toSourceRef);
  const status = statusOf(members, outlets.length);
  const centrality = Math.max(...members.map((s) => central[s.id]!));
  const earliest = Math.min(...members.map((s) => s.position));
  const rankOutlets = d.rankedBy ? new Set(d.rankedBy.map((s) => s.publisher)).size : outlets.length;
  const score = rankOutlets * 3 + centrality * 4 + (anySpeaker.length ? 0.5 : 0) + (d.numbers.length ? 0.5 : 0) - (status === 'unverified' ? 2 : 0) - earliest * 0.02;
  const disputed = all.flatMap((s) => values.map((v) => conflictBySentence.get(`${s.id}|${v}`))).find((c) => c !== undefined);
  const fact: Fact = {
    id: stableId('fact', d.key),
    text: oneLine(rep.text),
    status,
    attributed_to: attributedTo,
    numbers: d.numbers,
    sources,
    outlets,
    sentenceIds: members.map((s) => s.id),
    score,
  };
  if (disputed) fact.disputed = disputed;
  if (d.topic) fact.topic = d.topic;
  if (d.composite) fact.composite = d.composite;
  return fact;
}

/** The unit a number is shown with: the one outlets write, else what happened to the people counted ("8 injured"). */
function displayUnit(cluster: Mention[]): string | null {
  const written = cluster.filter((m) => m.q.unit && !m.q.inherited && m.q.unit.toLowerCase() !== 'others').map((m) => m.q.unit!);
  const best = mostCommon(written);
  if (best) return best;
  const event = cluster.find((m) => m.q.event)?.q.event;
  if (event && cluster[0]!.unitClass === 'person' && EVENT_PARTICIPLE[event]) return EVENT_PARTICIPLE[event]!;
  return mostCommon(cluster.map((m) => m.q.unit).filter((u): u is string => u !== null));
}

function numericDrafts(sentences: Sentence[], clusters: Mention[][]): Draft[] {
  // Two clusters stated by the same sentences are one composite claim: "60 adults and 15 children".
  const uf = new UnionFind(clusters.length);
  const sets = clusters.map((c) => new Set(c.map((m) => m.sentence)));
  const bySentence = new Map<number, number[]>();
  sets.forEach((set, i) => set.forEach((s) => (bySentence.get(s) ?? bySentence.set(s, []).get(s)!).push(i)));
  // Two clusters sharing many sentences meet once per shared sentence; they are compared the first time only.
  const compared = new Set<number>();
  for (const ids of bySentence.values()) {
    for (const x of ids) {
      for (const y of ids) {
        if (x >= y || sets[x]!.size < 2 || sets[y]!.size < 2) continue;
        if (compared.has(x * clusters.length + y)) continue;
        compared.add(x * clusters.length + y);
        const [cx, cy] = [clusters[x]![0]!, clusters[y]![0]!];
        // Parts of one total count the same kind of thing in the same event ("60 adults and 15 children rescued"),
        // not "14 killed and 9 missing".
        if (cx.q.value === cy.q.value || cx.unitClass !== cy.unitClass || cx.q.event !== cy.q.event) continue;
        const [small, large] = sets[x]!.size <= sets[y]!.size ? [sets[x]!, sets[y]!] : [sets[y]!, sets[x]!];
        let inter = 0;
        for (const s of small) if (large.has(s)) inter++;
        if (inter / (sets[x]!.size + sets[y]!.size - inter) >= 0.75) uf.union(x, y);
      }
    }
  }
  return uf.groups().map((g) => {
    const parts = g.map((i) => clusters[i]!).sort((a, b) => b[0]!.q.value - a[0]!.q.value);
    const members = parts.flatMap((c) => c.map((m) => sentences[m.sentence]!));
    const numbers = parts.map((c) => ({ value: c[0]!.q.value, unit: displayUnit(c) }));
    const draft: Draft = {
      key: `n:${parts.map((c) => `${c[0]!.q.value}|${c[0]!.unitClass}|${c[0]!.q.event ?? ''}`).sort().join('+')}`,
      topic: parts.map((c) => `${c[0]!.unitClass}|${c[0]!.q.event ?? ''}`).sort().join('+'),
      members,
      numbers,
    };
    if (parts.length > 1 && parts.every((c) => c[0]!.unitClass === 'person')) {
      const total = numbers.reduce((a, n) => a + n.value, 0);
      draft.composite = { parts: numbers, total };
    }
    return draft;
  });
}

/**
 * Statements: the same thing said by several outlets in their own words is one fact (see fact-clusters.ts). A fact
 * centred on a sentence that already states a numeric claim joins that claim, so its outlets add up in one place. A
 * sentence in no fact stands alone as a single-source fact.
 */
function statementDrafts(sentences: Sentence[], numeric: Draft[], factClusters: FactCluster[]): Draft[] {
  const draftOf = new Map<number, Draft>();
  for (const d of numeric) for (const s of d.members) if (!draftOf.has(s.id)) draftOf.set(s.id, d);
  const out: Draft[] = [];
  const covered = new Set<number>(draftOf.keys());
  // A numeric claim's outlets, values and sentences, kept up to date as sentences join it, rather than read again
  // from its members for every fact centred on one of them (a large corpus gives a claim thousands of members).
  const homes = new Map<Draft, { outlets: Set<string>; values: Set<number>; members: Set<Sentence> }>();
  const homeOf = (d: Draft) => {
    let h = homes.get(d);
    if (!h) homes.set(d, (h = { outlets: new Set(d.members.map((s) => s.outlet)), values: new Set(d.numbers.map((n) => n.value)), members: new Set(d.members) }));
    return h;
  };
  for (const c of factClusters) {
    const members = c.members.map((id) => sentences[id]!);
    const home = draftOf.get(c.seed);
    if (home) {
      // Another outlet joins a numeric claim only with a sentence that states its number.
      const { outlets, values, members: inHome } = homeOf(home);
      for (const s of members) if (!outlets.has(s.outlet) && s.quantities.some((q) => values.has(q.value))) (outlets.add(s.outlet), home.members.push(s), inHome.add(s));
      for (const id of c.members) covered.add(id);
      // Outlets that say the same without the number make the statement a fact of its own too: those outlets and
      // the seed's, worded by the closest of their sentences (the claim keeps its own wording and its sources).
      const rest = members.filter((s) => !inHome.has(s)).sort((a, b) => c.sims.get(b.id)! - c.sims.get(a.id)! || a.id - b.id);
      // A claim that only measures ("after a delay of two hours") is a detail of the statement, not its point: the
      // statement keeps every outlet that makes it, in its best wording.
      if (rest.length && measuresOnly(home)) out.push({ key: statementKey(sentences[c.seed]!), members, numbers: [] });
      else if (rest.length) out.push({ key: statementKey(rest[0]!), members: [sentences[c.seed]!, ...members.filter((s) => s.id !== c.seed)], numbers: [], seed: rest[0]!.id, rankedBy: [sentences[c.seed]!, ...rest] });
      continue;
    }
    for (const id of c.members) covered.add(id);
    out.push({ key: statementKey(sentences[c.seed]!), members, numbers: [], seed: c.seed });
  }
  for (const s of sentences) if (!covered.has(s.id)) out.push({ key: statementKey(s), members: [s], numbers: [], seed: s.id });
  return out;
}

/** Whether a numeric claim's numbers all measure (hours, days, a percentage) rather than count. */
const measuresOnly = (d: Draft) => d.numbers.every((n) => n.unit !== null && MEASURE_UNITS.has(n.unit.toLowerCase()));

function statementKey(s: Sentence): string {
  return `s:${s.attribution?.key ?? ''}|${s.file}|${s.span.start}`;
}

/**
 * Two facts worded by one sentence, the second resting on no sentence the first lacks ("killed two workers and
 * injured eight" read once per number, or a statement centred on a sentence a claim already holds), are one line to a
 * reader: the first keeps the other's numbers, and its dispute when it has none. Facts come in order of drafting, so
 * the second is not always the smaller; the one with more sentences keeps the line.
 */
function oneFactPerSourceSet(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  const at = new Map<Fact, number>();
  // Kept facts by each sentence they rest on: the facts a new one can fold into or take in share a sentence with it,
  // so a text a large corpus repeats in thousands of facts is not compared with all of them.
  const bySentence = new Map<number, Fact[]>();
  const within = (a: Fact, b: Fact) => a.sentenceIds.every((id) => b.sentenceIds.includes(id));
  for (const f of facts) {
    let kept: Fact | undefined;
    for (const id of f.sentenceIds) {
      kept = bySentence.get(id)?.find((x) => x.text === f.text && (within(f, x) || within(x, f)));
      if (kept) break;
    }
    if (!kept) {
      at.set(f, out.length);
      out.push(f);
      for (const id of f.sentenceIds) (bySentence.get(id) ?? bySentence.set(id, []).get(id)!).push(f);
      continue;
    }
    let other = f;
    if (!within(f, kept)) {
      // The wider fact takes the narrower one's place, id and what it counts (the id and topic tell a changed
      // number from a new fact in the next digest).
      const i = at.get(kept)!;
      out[i] = f;
      at.set(f, i);
      f.id = kept.id;
      for (const id of kept.sentenceIds) bySentence.set(id, bySentence.get(id)!.map((x) => (x === kept ? f : x)));
      for (const id of f.sentenceIds) if (!kept.sentenceIds.includes(id)) (bySentence.get(id) ?? bySentence.set(id, []).get(id)!).push(f);
      [kept, other] = [f, kept];
    }
    for (const n of other.numbers) if (!kept.numbers.some((m) => m.value === n.value && m.unit === n.unit)) kept.numbers.push(n);
    if (other.topic) kept.topic ??= other.topic;
    if (other.composite) kept.composite ??= other.composite;
    kept.disputed ??= other.disputed;
    kept.score = Math.max(kept.score, other.score);
  }
  return out;
}

/**
 * Outlets that give rival figures for one slot ("45 people died in Oskby", "no fewer than 62 residents killed in
 * Oskby") all report that it happened; only the figure is in dispute. Facts disputed by one disagreement are one fact:
 * the one with the most outlets keeps its wording and id and takes the others' outlets, sentences and figures, still
 * disputed (the digest shows its figures under the disagreement, not as a key fact).
 */
function oneFactPerDisagreement(facts: Fact[]): Fact[] {
  const kept = new Map<string, Fact>();
  const byConflict = new Map<string, Fact[]>();
  for (const f of facts) if (f.disputed) (byConflict.get(f.disputed) ?? byConflict.set(f.disputed, []).get(f.disputed)!).push(f);
  for (const [id, group] of byConflict) {
    if (group.length < 2) continue;
    const into = [...group].sort((a, b) => b.outlets.length - a.outlets.length || b.score - a.score)[0]!;
    // Sets, as a large corpus gives one disagreement hundreds of facts and outlets.
    const quoted = new Set(into.sources.map((x) => x.outlet));
    const outlets = new Set(into.outlets);
    const ids = new Set(into.sentenceIds);
    for (const f of group) {
      if (f === into) continue;
      for (const s of f.sources) if (!quoted.has(s.outlet)) (quoted.add(s.outlet), into.sources.push(s));
      for (const o of f.outlets) if (!outlets.has(o)) (outlets.add(o), into.outlets.push(o));
      for (const sid of f.sentenceIds) if (!ids.has(sid)) (ids.add(sid), into.sentenceIds.push(sid));
      for (const n of f.numbers) if (!into.numbers.some((m) => m.value === n.value && m.unit === n.unit)) into.numbers.push(n);
      into.score = Math.max(into.score, f.score);
    }
    // In the coverage's order, as a fact's sentences are.
    into.sentenceIds.sort((a, b) => a - b);
    if (into.status === 'single_source' && into.outlets.length >= 2) into.status = 'corroborated';
    // Rival figures are no parts of one total.
    delete into.composite;
    kept.set(id, into);
  }
  return facts.filter((f) => !f.disputed || !kept.has(f.disputed) || kept.get(f.disputed) === f);
}

/** The facts; `factClusters` are clusterFacts(sentences), passed in when worked out elsewhere (on another thread). */
export function buildFacts(sentences: Sentence[], stats: TermStats, clusters: Mention[][], conflicts: Conflict[], factClusters: FactCluster[] = clusterFacts(sentences)): Fact[] {
  const central = centralities(sentences, stats);
  const numeric = numericDrafts(sentences, clusters);
  // Keyed by sentence and value: a sentence can state a disputed toll and an undisputed missile count.
  const conflictBySentence = new Map<string, string>();
  const byText = new Map(sentences.map((s) => [`${s.file}|${s.span.start}`, s.id]));
  for (const c of conflicts.filter((x) => x.kind === 'disagreement')) for (const v of c.values) for (const r of v.sources) conflictBySentence.set(`${byText.get(`${r.file}|${r.span.start}`)}|${v.value}`, c.id);

  const facts = oneFactPerDisagreement(oneFactPerSourceSet([...numeric, ...statementDrafts(sentences, numeric, factClusters)].map((d) => toFact(d, central, conflictBySentence))));
  // Ids must be unique even when two drafts share a key.
  const seen = new Map<string, number>();
  for (const f of facts) {
    const n = seen.get(f.id) ?? 0;
    seen.set(f.id, n + 1);
    if (n > 0) f.id = `${f.id}-${n}`;
  }
  return facts.sort((a, b) => b.score - a.score || a.sentenceIds[0]! - b.sentenceIds[0]!);
}
