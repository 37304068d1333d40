/**
 * The engine's plain data: articles in, facts, conflicts and digests out.
 * Every quote carries its file and character offsets so it can be checked against the file.
 */

/** One article as loaded from a corpus: the whole file text plus what sources.json says of it. */
export interface Article {
  file: string;
  outlet: string;
  url: string | null;
  published: string | null;
  text: string;
}

/** A half-open span [start, end) of an article's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Dropped {
  file: string;
  text: string;
  reason: string;
}

export type Qualifier = 'exact' | 'at_least' | 'at_most' | 'approx';

/** A quantity read from a sentence: "at least 8,000 Canadian service members". */
export interface Quantity {
  value: number;
  /** What is counted, as written (head noun): "civilians". Null when the text names nothing. */
  unit: string | null;
  /** True when the unit was carried over from the number before ("one person killed and eight wounded"). */
  inherited?: boolean;
  /** True for the whole a part is counted out of ("63" in "41 of the 63 victims"): not itself what was counted. */
  whole?: boolean;
  /** The class used to compare quantities across outlets: "person" for any word for people, else the unit's lemma. */
  unitClass: string | null;
  /** Words between the number and the head noun, lower-cased ("ukrainian"). */
  modifiers: string[];
  qualifier: Qualifier;
  /** Event class of the verb governing the number ("kill", "release"), or null. */
  event: string | null;
  /** True when the number is per party ("50 each", "from each side", "50-for-50"). */
  perParty: boolean;
  /** True when the number is a plan or agreement rather than something done ("due to swap 50"). */
  planned: boolean;
  span: Span;
}

export type Cue = string;

/** Who a sentence is attributed to inside its article. */
export interface Attribution {
  /** The source as written ("France's Ministry of Health"). */
  surface: string;
  /** Key shared by all spellings of the same source across the corpus. */
  key: string;
  /** The name shown to readers for this source (the most common spelling). */
  display: string;
  cue: Cue;
  kind: 'person' | 'organization' | 'other';
}

/** A sentence kept after cleaning, with what the engine read from it. */
export interface Sentence {
  id: number;
  file: string;
  outlet: string;
  /** Who the words are from: the outlet, or for a reprinted wire story the outlet that first published it. */
  publisher: string;
  /** Index of the article in the corpus. */
  article: number;
  /** The article's publication date (YYYY-MM-DD), when known. */
  published: string | null;
  span: Span;
  /** The verbatim text of the span. */
  text: string;
  /** Lower-cased lemmas of content words, for matching. */
  terms: string[];
  quantities: Quantity[];
  /** The sentence's first attribution (its main source), or null when the outlet states it on its own authority. */
  attribution: Attribution | null;
  /** Every attribution in the sentence with the content terms that belong to it (nearest cue wins). */
  claims: { attribution: Attribution; terms: string[] }[];
  hedged: boolean;
  /** Proper-noun phrases in the sentence (not the speaker). */
  entities: string[];
  /** Every capitalised word of the sentence, lower-cased: the context used to tell one event from another. */
  names: string[];
  /** Places the sentence names after a locative ("in Lisbon", "at the border with Spain"), as written. */
  places: string[];
  /** The passages in quotation marks, in order. */
  quoted: string[];
  /** Content terms of those passages. */
  quotedTerms: string[];
  /** Dates written in the sentence, normalised to "MM-DD" or "YYYY-MM-DD" keys with their surface text. */
  dates: { key: string; surface: string }[];
  /** Position of the sentence in its article (0 = first kept sentence). */
  position: number;
}

export interface SourceRef {
  outlet: string;
  file: string;
  quote: string;
  speaker: string | null;
  span: Span;
  /** Set when this outlet reprinted another's story: the original outlet ("Metro Daily via Alpine Wire"). */
  via?: string;
}

export type FactStatus = 'corroborated' | 'single_source' | 'unverified';

export interface Fact {
  /** Stable id: a hash of the fact's key, so the same fact keeps its id as coverage grows. */
  id: string;
  text: string;
  status: FactStatus;
  attributed_to: string | null;
  numbers: { value: number; unit: string | null }[];
  sources: SourceRef[];
  /** Distinct publishers that report the fact (a reprint counts with its original). */
  outlets: string[];
  /** What the fact counts and of what event ("person|kill"), to tell an update of a number from a new fact. */
  topic?: string;
  /** Sentence ids backing the fact. */
  sentenceIds: number[];
  /** Salience used to order facts (corroboration first, then centrality). */
  score: number;
  /** Set when outlets disagree on this fact's value: the id of the conflict that shows both sides. */
  disputed?: string;
  /** For a composite: its parts ("60 adults", "15 children") and the total they make. */
  composite?: { parts: { value: number; unit: string | null }[]; total: number };
}

export interface ConflictValue {
  value: number;
  /** The value as the outlets write it when a number alone does not tell it ("7.31am", "a week"). */
  label?: string;
  unit: string | null;
  sources: SourceRef[];
  /** The publication date of these sources when they share one. */
  published?: string | null;
}

export interface Conflict {
  id: string;
  topic: string;
  /** "disagreement": outlets give different values; "update": the value changed from one day's coverage to the next. */
  kind: 'disagreement' | 'update';
  /** Values in order: by value for a disagreement, by date for an update. */
  values: ConflictValue[];
  /** Whose value it is, when the slot is one person's or one body's ("Brandl" for an age, "Acme" for a share). */
  of?: string;
}

export interface SourceSummary {
  file: string;
  outlet: string;
  url: string | null;
  published: string | null;
  facts: number;
}

export interface Change {
  kind: 'new' | 'changed' | 'corroborated';
  fact_id: string;
  before: string | null;
  after: string;
}

export interface Digest {
  title: string;
  summary: string;
  date: string;
  /** The date of the digest the changes are counted from, when there was one. */
  since?: string | null;
  changes?: Change[];
  /** Outlets in this digest that the previous one did not have. */
  new_outlets?: string[];
  facts: Fact[];
  conflicts: Conflict[];
  sources: SourceSummary[];
  dropped: Dropped[];
}
