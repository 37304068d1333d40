/**
 * Sentences read back from the index snapshot in part. A question reads every sentence's text, terms, names and
 * source (to find its evidence and what each sentence carries from the one before), but a sentence's claims,
 * quantities and other lists only for the few hundred sentences it looks at; the digest reads them for none. So those
 * stay as the snapshot's words (a third of what they were as objects) until a sentence is first asked for one, and
 * its article, outlet, publisher and date are its article's, not four fields of every sentence.
 */
import type { Article, Sentence } from '../engine/types.ts';
import { plainSentence } from '../engine/corpus-index.ts';
import type { HeldValues, LazyObjects, LazyPlan } from './snapshot-codec.ts';

/** A sentence's fields in the order the index makes them (corpus-index.ts, indexSentences), as JSON writes them. */
export const SENTENCE_KEYS = ['claims', 'id', 'file', 'outlet', 'publisher', 'article', 'published', 'span', 'text', 'terms', 'quantities', 'attribution', 'hedged', 'entities', 'names', 'dates', 'places', 'quoted', 'quotedTerms', 'position'] as const;

/** The fields held encoded until first read, in key order; all but two are lists, the terms of strings. */
const HELD = ['claims', 'terms', 'quantities', 'hedged', 'entities', 'dates', 'places', 'quoted', 'quotedTerms', 'position'] as const;
const HELD_KINDS: ReadonlyMap<string, 'list' | 'strings' | 'any'> = new Map(HELD.map((k) => [k, k === 'hedged' || k === 'position' ? 'any' : k === 'terms' ? 'strings' : 'list']));

type Decoded = Pick<Sentence, 'id' | 'file' | 'outlet' | 'publisher' | 'article' | 'published' | 'span' | 'text' | 'attribution' | 'names'>;

/**
 * How the snapshot's sentences are made over `articles`: in part, when their article is theirs (file, outlet, date)
 * and every sentence of an article has the same publisher; else whole, as plain objects. `isStored` tells the first.
 */
export function storedSentences(articles: readonly Article[]): LazyObjects & { isStored(s: unknown): boolean } {
  const publisherOf: string[] = new Array(articles.length);
  let values: HeldValues;

  class StoredSentence implements Sentence {
    readonly id: number;
    readonly article: number;
    readonly span: Sentence['span'];
    readonly text: string;
    readonly attribution: Sentence['attribution'];
    readonly names: string[];
    readonly #at: number;
    #held: unknown[] | undefined;

    constructor(d: Decoded, at: number) {
      this.id = d.id;
      this.article = d.article;
      this.span = d.span;
      this.text = d.text;
      this.attribution = d.attribution;
      this.names = d.names;
      this.#at = at;
      this.#held = undefined;
    }

    get file(): string {
      return articles[this.article]!.file;
    }
    get outlet(): string {
      return articles[this.article]!.outlet;
    }
    get published(): string | null {
      return articles[this.article]!.published;
    }
    get publisher(): string {
      return publisherOf[this.article]!;
    }

    /** The held fields, decoded at the first read of one of them and kept. */
    #fields(): unknown[] {
      return (this.#held ??= values.decode(this.#at, HELD.length));
    }
    get claims(): Sentence['claims'] {
      return this.#fields()[0] as Sentence['claims'];
    }
    get terms(): string[] {
      return this.#fields()[1] as string[];
    }
    get quantities(): Sentence['quantities'] {
      return this.#fields()[2] as Sentence['quantities'];
    }
    get hedged(): boolean {
      return this.#fields()[3] as boolean;
    }
    get entities(): string[] {
      return this.#fields()[4] as string[];
    }
    get dates(): Sentence['dates'] {
      return this.#fields()[5] as Sentence['dates'];
    }
    get places(): string[] {
      return this.#fields()[6] as string[];
    }
    get quoted(): string[] {
      return this.#fields()[7] as string[];
    }
    get quotedTerms(): string[] {
      return this.#fields()[8] as string[];
    }
    get position(): number {
      return this.#fields()[9] as number;
    }

    /** The sentence as a plain object, its fields in the index's order: what JSON and the snapshot's encoder write. */
    toJSON(): Sentence {
      return plainSentence(this);
    }
  }

  const plan: LazyPlan = {
    held: HELD_KINDS,
    make(d, held, at) {
      values = held;
      const s = d as unknown as Decoded;
      const a = articles[s.article];
      const ours = a !== undefined && s.file === a.file && s.outlet === a.outlet && s.published === a.published && (publisherOf[s.article] ??= s.publisher) === s.publisher;
      if (ours) return new StoredSentence(s, at);
      // Not as the index makes them (a snapshot no build writes): whole, as stored.
      const v = held.decode(at, HELD.length);
      const all: Record<string, unknown> = { ...d };
      HELD.forEach((k, i) => (all[k] = v[i]));
      return Object.fromEntries(SENTENCE_KEYS.map((k) => [k, all[k]]));
    },
  };
  const order = SENTENCE_KEYS.join('\0');
  return {
    plan: (keys) => (keys.join('\0') === order ? plan : null),
    isStored: (s) => s instanceof StoredSentence,
  };
}
