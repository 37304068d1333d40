/**
 * Where outlets disagree: the same event, counting the same kind of thing, in the same context, with values that
 * cannot both hold. "At least 1" against 2 is not a conflict; neither are two numbers one sentence states together
 * (they count different things) or a part against its total.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import { TermStats, UnionFind, joinApart } from './similarity.ts';
import { rareNames, type Mention } from './mentions.ts';
import { dedupeRefs as dedupe, toSourceRef } from './source-ref.ts';
import { EVENT_PARTICIPLE } from './text/lexicon.ts';
import { lemma } from './text/tokens.ts';
import { findSlotConflicts, placesDiffer, tenfoldApart, valuesCompatible } from './slot-conflicts.ts';
import { contextOf } from './slot-values.ts';
import { sharesOfOtherStates } from './count-identity.ts';
import { findBreakdownConflicts } from './breakdown-conflicts.ts';
import { findRecordConflicts } from './record-conflicts.ts';
import { findQuoteConflicts } from './quote-conflicts.ts';
import { findPlaceConflicts } from './place-conflicts.ts';
import { clausePlaces, placesApart, frontedScopesDiffer, namesInside, subjectsDiffer } from './value-scope.ts';
import { RUNNING_EVENTS, aboutAnEarlierYear, dayByDay, dayOfValue, firstReported, laterFigureUndercuts, runningToll, splitByDay } from './updates.ts';

/**
 * Whether some sentence states both values (or one as a part of the other): then they count different things. Only
 * the sentences giving the rarer value are read, so the answer depends on which is `a` as well as on the values.
 */
function togetherSomewhere(sentences: Sentence[], withValue: Map<number, number[]>, a: number, b: number, unitClass: string): boolean {
  const withA = withValue.get(a) ?? [];
  const withB = withValue.get(b) ?? [];
  const fewer = withB.length < withA.length ? withB : withA;
  return fewer.some((id) => {
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
  // Read once per sentence: the pair loop below asks for the same sentences many times.
  const rareOf: (Set<string> | undefined)[] = [];
  const rare = (s: Sentence) => (rareOf[s.id] ??= rareNames(s, nameFrequency, sentences.length));
  const earlierOf: (boolean | undefined)[] = [];
  const earlier = (s: Sentence) => (earlierOf[s.id] ??= aboutAnEarlierYear(s));
  const yearsOf: (string[] | undefined)[] = [];
  const years = (s: Sentence) => (yearsOf[s.id] ??= s.terms.filter((t) => /^y\d{4}$/.test(t)));
  // Two sentences about the same earlier year ("since 1973, when 300 died") tell of one past event.
  const samePast = (a: Sentence, b: Sentence) => {
    if (!earlier(a) || !earlier(b)) return false;
    const yb = years(b);
    return years(a).some((y) => yb.includes(y));
  };
  const differ = placesDiffer();
  const isName = namesInside(sentences);
  // A region's count against the country's ("In Tarnby, …"), one party's against another's: two slots.
  const placeOf = (s: Sentence, m: Mention) => clausePlaces(s, m.q.span.start - s.span.start, m.q.span.end - s.span.start);
  const scopeApart = (sa: Sentence, ma: Mention, sb: Sentence, mb: Mention) =>
    frontedScopesDiffer(sa, sb) || placesApart(placeOf(sa, ma), placeOf(sb, mb)) || subjectsDiffer(sa, ma.q.span.start - sa.span.start, sb, mb.q.span.start - sb.span.start, isName);
  // Read once per mention: the pair loop below meets the same mentions many times.
  const combinedOf = new Map<Mention, boolean>();
  const isCombined = (m: Mention) => {
    let r = combinedOf.get(m);
    if (r === undefined) combinedOf.set(m, (r = combined(m, sentences[m.sentence]!)));
    return r;
  };
  /** Each cluster's sentences that name a place: only those can tell of another place. */
  const placedOf: (Sentence[] | undefined)[] = [];
  const placed = (c: number) => (placedOf[c] ??= clusters[c]!.map((m) => sentences[m.sentence]!).filter((s) => s.places.length > 0));
  const withValue = new Map<number, number[]>();
  for (const s of sentences) for (const v of new Set(s.quantities.map((q) => q.value))) (withValue.get(v) ?? withValue.set(v, []).get(v)!).push(s.id);
  // The same pair of values recurs across many pairs of clusters on a large corpus; the answer is the same each time.
  const togetherMemo = new Map<string, boolean>();
  const together = (a: number, b: number, unitClass: string) => {
    const k = `${unitClass}|${a}|${b}`;
    let r = togetherMemo.get(k);
    if (r === undefined) togetherMemo.set(k, (r = togetherSomewhere(sentences, withValue, a, b, unitClass)));
    return r;
  };
  const edges: { x: number; y: number; place: string; at: Mention; other: Mention }[] = [];

  // Only clusters of the same event, counted class, scope and modality can disagree.
  const buckets = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const a = c[0]!;
    if (!a.q.event || c.every((m) => ofSomeone(sentences[m.sentence]!, m))) return;
    const k = `${a.unitClass}|${a.q.event}|${a.q.perParty}|${a.q.planned}`;
    (buckets.get(k) ?? buckets.set(k, []).get(k)!).push(i);
  });
  // Per outlet, the values it gives each event's named noun ("16 firefighters injured"): one value alone is that
  // outlet's count of them.
  const namedKey = (m: Mention) => (m.q.unit && !WHOLE_TOLL.has(m.q.unit.toLowerCase()) ? `${sentences[m.sentence]!.publisher}\0${m.q.event}\0${lemma(m.q.unit.toLowerCase())}` : '');
  const namedValues = new Map<string, Set<number>>();
  for (const list of buckets.values())
    for (const x of list)
      for (const m of clusters[x]!) {
        const k = namedKey(m);
        if (k) (namedValues.get(k) ?? namedValues.set(k, new Set()).get(k)!).add(m.q.value);
      }
  // Read once per mention: the pair loop below meets the same mentions many times.
  const soleOf = new Map<Mention, boolean>();
  const soleNamed = (m: Mention) => {
    let r = soleOf.get(m);
    if (r === undefined) {
      const k = namedKey(m);
      soleOf.set(m, (r = !!k && namedValues.get(k)!.size === 1));
    }
    return r;
  };
  for (const list of buckets.values()) {
    for (const x of list) {
      for (const y of list) {
        if (y <= x) continue;
        const a = clusters[x]![0]!;
        const b = clusters[y]![0]!;
        if (a.q.value === b.q.value) continue;
        // Two near figures of one kind of event ("at least 40 killed", "43 killed") are one toll counted twice:
        // different tolls in one story rarely lie within a tenth of each other, and small numbers coincide by chance.
        // Not when one counts a named group ("85 women") or either side anywhere names a place the other does not.
        const near =
          Math.min(a.q.value, b.q.value) >= 10 &&
          Math.abs(a.q.value - b.q.value) <= 0.1 * Math.max(a.q.value, b.q.value) &&
          sameCountedNoun(a, b) &&
          !placed(x).some((sa) => placed(y).some((sb) => differ(sa, sb)));
        let edge: (typeof edges)[number] | null = null;
        const cx = clusters[x]!;
        const cy = clusters[y]!;
        for (let i = 0; i < Math.min(SAMPLE, cx.length) && !edge; i++) {
          const ma = cx[i]!;
          const sa = sentences[ma.sentence]!;
          for (let j = 0; j < Math.min(SAMPLE, cy.length); j++) {
            const mb = cy[j]!;
            const sb = sentences[mb.sentence]!;
            if (sa.publisher === sb.publisher || earlier(sa) !== earlier(sb) || differ(sa, sb)) continue;
            if (isCombined(ma) !== isCombined(mb) || scopeApart(sa, ma, sb, mb)) continue;
            if (valuesCompatible(ma.q, mb.q) || tenfoldApart(ma.q.value, mb.q.value, a.unitClass !== 'person' || sa.published === sb.published)) continue;
            if (a.unitClass === 'percent' && sharesOfOtherStates(sa, ma.q.span.end - sa.span.start, sb, mb.q.span.end - sb.span.start)) continue;
            // The first rare name both share, in the order the first sentence names them.
            const rb = rare(sb);
            let shared: string | undefined;
            for (const n of rare(sa)) {
              if (rb.has(n)) {
                shared = n;
                break;
              }
            }
            // "16 firefighters had been injured" and "14 firefighters were hurt": the one count of a noun narrower than
            // "people" each outlet gives for one kind of event is one count told twice, when of one order.
            // ("six of its nationals" and "nine Argentine nationals" are two countries' nationals.)
            const soleCount = () => Math.max(ma.q.value, mb.q.value) <= 2 * Math.min(ma.q.value, mb.q.value) && sameCountedNoun(ma, mb) && soleNamed(ma) && soleNamed(mb) && sameModifiers(ma, mb) && !ofSomeone(sa, ma) && !ofSomeone(sb, mb);
            if (near || shared !== undefined || soleCount() || (samePast(sa, sb) && sameCountedNoun(ma, mb)) || stats.similarity(sa.id, sb.id) >= 0.35) {
              edge = { x, y, place: shared ?? '', at: ma, other: mb };
              break;
            }
          }
        }
        if (edge && !together(a.q.value, b.q.value, a.unitClass) && !(near && oneOutletGivesBoth(sentences, cx, cy))) edges.push(edge);
      }
    }
  }

  // Disagreements that share a side are one disagreement with several values: 12, 14 and 16 killed. Not when that
  // would set a count against its own breakdown in one sentence ("seven missing: six in Tarnby and one driver", the
  // six borrowing its noun from the seven); two figures side by side ("12, the mayor said, while the agency put the
  // toll at 14") still can. The pairs whose values stand in the likeliest shared words join first.
  const contexts = new Map<Mention, { words: Map<string, number>; total: number }>();
  const ordered = edges.map((e) => ({ e, score: contextShare(sentences, stats, e.at, e.other, contexts) })).sort((p, r) => r.score - p.score).map(({ e }) => e);
  const breaksDown = (id: number) => sentences[id]!.quantities.some((q) => q.inherited);
  const uf = new UnionFind(clusters.length);
  // A cluster's places: those its figures' own clauses name.
  const scopesOf = (c: number) => new Set(clusters[c]!.slice(0, SAMPLE).flatMap((m) => [...placeOf(sentences[m.sentence]!, m)]));
  const verdicts = joinApart(uf, ordered.map((e) => [e.x, e.y] as const), (c) => new Set(clusters[c]!.map((m) => m.sentence).filter(breaksDown)), scopesOf);
  const joined = new Set(ordered.filter((_, k) => verdicts[k]));
  // Groups keep the order of the pairs as found, so the digest lists disagreements as before.
  const byRoot = new Map<number, (typeof edges)[number][]>();
  for (const e of edges.filter((x) => joined.has(x))) (byRoot.get(uf.find(e.x)) ?? byRoot.set(uf.find(e.x), []).get(uf.find(e.x))!).push(e);

  const conflicts: Conflict[] = [];
  for (const group of byRoot.values()) {
    const members = [...new Set(group.flatMap((e) => [e.x, e.y]))].map((i) => clusters[i]!);
    const first = group[0]!;
    const q = first.at.q;
    const place = group.find((e) => e.place)?.place ?? '';
    // The place as written, preferring a spelling that is not a shouting dateline ("LISBON —").
    let placeText = '';
    if (place) {
      const re = new RegExp(`\\b${escapeRegExp(place)}\\b`, 'gi');
      const spellings = members.flatMap((c) => c.map((m) => sentences[m.sentence]!.text.match(re) ?? [])).flat();
      placeText = spellings.find((x) => x !== x.toUpperCase()) ?? spellings[0] ?? place;
    }
    const what = first.at.unitClass === 'person' ? 'people' : (q.unit ?? first.at.unitClass);
    // A past event's toll says which year it is of ("people killed (1958)"), so it is not read as today's.
    const year = pastYearOf(members.flat().map((m) => sentences[m.sentence]!));
    const scope = [placeText, year].filter(Boolean).join(', ');
    // "deaths", "casualties" already say what happened: no "deaths killed".
    const participle = /^(?:deaths?|dead|fatalit(?:y|ies)|casualt(?:y|ies)|injur(?:y|ies))$/i.test(what) ? '' : ` ${EVENT_PARTICIPLE[q.event!] ?? q.event}`;
    const topic = `${what}${participle}${scope ? ` (${scope})` : ''}`;
    const byValue = new Map<number, Mention[]>();
    for (const c of members) {
      const list = byValue.get(c[0]!.q.value) ?? byValue.set(c[0]!.q.value, []).get(c[0]!.q.value)!;
      for (const m of c) list.push(m);
    }
    const values: ConflictValue[] = [...byValue.entries()]
      .sort((p, r) => p[0] - r[0])
      .map(([value, ms]) => {
        const unit = ms.map((m) => m.q.unit).find((u) => u !== null) ?? null;
        // "at least 177" is not 177: a bound or an estimate every source gives is shown with the figure.
        const qualifier = ms.every((m) => m.q.qualifier === ms[0]!.q.qualifier) ? QUALIFIER_WORDS[ms[0]!.q.qualifier] : '';
        return {
          value,
          ...(qualifier ? { label: `${qualifier} ${value.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}` } : {}),
          unit,
          sources: dedupe(ms.map((m) => toSourceRef(sentences[m.sentence]!))),
          published: firstReported(ms.map((m) => dayOfValue(sentences[m.sentence]!, m.q.span.start - sentences[m.sentence]!.span.start, m.q.span.end - sentences[m.sentence]!.span.start))),
        };
      });
    // A toll still being counted grows from day to day; a plan ("is to free 1,500") or a past year's toll does not.
    const bounded = (qualifier: string) => new Set([...byValue].filter(([, ms]) => ms.every((m) => m.q.qualifier === qualifier)).map(([v]) => v));
    const growing =
      RUNNING_EVENTS.has(q.event ?? '') && !q.planned && !members.some((c) => c.some((m) => earlier(sentences[m.sentence]!))) && !laterFigureUndercuts(q.event!, values, bounded('at_least'), bounded('at_most'));
    const linked = new Set(group.map((e) => valuePair(clusters[e.x]![0]!.q.value, clusters[e.y]![0]!.q.value)));
    const c = growing ? runningToll(topic, values, (x, y) => linked.has(valuePair(x, y))) : splitByDay(topic, values, false);
    if (c) conflicts.push(c);
    // Outlets disagreeing on one day's toll do not hide how it rose across the days.
    const rose = c?.kind === 'disagreement' && growing ? dayByDay(topic, values) : null;
    if (rose) conflicts.push(rose);
  }
  // Slots the counting above cannot see (times, shares, distances, ages, counts with no event verb), unless a
  // conflict above already shows the same sentences.
  const shown = new Set(conflicts.flatMap((c) => c.values.flatMap((v) => v.sources.map((r) => `${r.file}|${r.span.start}`))));
  for (const c of findSlotConflicts(sentences, stats)) {
    const refs = c.values.flatMap((v) => v.sources.map((r) => `${r.file}|${r.span.start}`));
    if (refs.filter((r) => shown.has(r)).length * 2 > refs.length && c.values.every((v) => conflicts.some((o) => o.values.some((w) => w.value === v.value)))) continue;
    conflicts.push(c);
  }
  conflicts.push(...findBreakdownConflicts(sentences), ...findRecordConflicts(sentences), ...findQuoteConflicts(sentences), ...findPlaceConflicts(sentences, stats));
  // A disagreement is between outlets: two values from one outlet alone are two things it counts.
  return conflicts.filter((c) => new Set(c.values.flatMap((v) => v.sources.map((r) => r.outlet))).size >= 2);
}

/**
 * How much of the smaller of two mentions' surrounding words (weighted by rarity and nearness) the two share. Each
 * mention's words are read once into `contexts`: a large corpus gives tens of thousands of pairs among a few thousand
 * mentions.
 */
function contextShare(sentences: Sentence[], stats: TermStats, a: Mention, b: Mention, contexts: Map<Mention, { words: Map<string, number>; total: number }>): number {
  const ca = mentionContext(sentences, stats, a, contexts);
  const cb = mentionContext(sentences, stats, b, contexts);
  let both = 0;
  for (const [t, w] of ca.words) both += Math.min(w, cb.words.get(t) ?? 0);
  return both / (Math.min(ca.total, cb.total) || 1);
}

/** A mention's surrounding words and their summed weight (summed in the words' order, from 0). */
function mentionContext(sentences: Sentence[], stats: TermStats, m: Mention, contexts: Map<Mention, { words: Map<string, number>; total: number }>): { words: Map<string, number>; total: number } {
  let c = contexts.get(m);
  if (!c) {
    const s = sentences[m.sentence]!;
    const words = contextOf(s, m.q.span.start - s.span.start, m.q.span.end - s.span.start, (t) => stats.idf(t));
    let total = 0;
    for (const w of words.values()) total += w;
    contexts.set(m, (c = { words, total }));
  }
  return c;
}

const QUALIFIER_WORDS: Record<string, string> = { exact: '', at_least: 'at least', at_most: 'at most', approx: 'about' };

/** The earlier year every one of these sentences names, if they all tell of one past event. */
function pastYearOf(ss: Sentence[]): string {
  if (!ss.every(aboutAnEarlierYear)) return '';
  const years = ss.map((s) => new Set(s.terms.filter((t) => /^y\d{4}$/.test(t) && t.slice(1) < (s.published ?? '').slice(0, 4))));
  const shared = [...years[0]!].filter((y) => years.every((ys) => ys.has(y)));
  return shared.length === 1 ? shared[0]!.slice(1) : '';
}

/** What says a count adds several places or groups up: "in Oskby and Tarnby combined", "between them". */
const COMBINED_AFTER = /^[^.;:()—–]{0,90}?\b(?:combined|altogether|between them|in all)\b/i;

/**
 * Whether a count is a sum over several places or groups ("three deaths in Oskby and Tarnby combined"): it is not the
 * same figure as a count of one of them ("two deaths in Tarnby and one in Oskby"), nor an update of it.
 */
function combined(m: Mention, s: Sentence): boolean {
  return COMBINED_AFTER.test(s.text.slice(m.q.span.end - s.span.start));
}

const valuePair = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** An outlet that reports both figures in its own words (a region's toll and the country's) counts two things. */
function oneOutletGivesBoth(sentences: Sentence[], a: Mention[], b: Mention[]): boolean {
  const inA = new Set(a.map((m) => sentences[m.sentence]!.publisher));
  return b.some((m) => inA.has(sentences[m.sentence]!.publisher));
}

/** Nouns that count everyone in a toll, whatever else they are: "people", "the dead", "victims". */
const WHOLE_TOLL = new Set(['people', 'persons', 'person', 'dead', 'victims', 'deaths', 'fatalities', 'casualties']);

/** Whether two counts count one thing: the same noun, or each a word for everyone counted. */
function sameCountedNoun(a: Mention, b: Mention): boolean {
  const [ua, ub] = [a.q.unit?.toLowerCase() ?? null, b.q.unit?.toLowerCase() ?? null];
  const whole = (u: string | null) => u === null || WHOLE_TOLL.has(u);
  return (whole(ua) && whole(ub)) || (!!ua && !!ub && lemma(ua) === lemma(ub));
}

const sameModifiers = (a: Mention, b: Mention) => a.q.modifiers.length === b.q.modifiers.length && a.q.modifiers.every((w) => b.q.modifiers.includes(w));

/** "Eight members of his family", "two of their children": a group belonging to someone, part of any total. */
function ofSomeone(s: Sentence, m: Mention): boolean {
  return /^\s+of\s+(?:his|her|their|its|our|my)\s/i.test(s.text.slice(m.q.span.end - s.span.start));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

