/**
 * Sentences read back from the index snapshot in part. A question reads every sentence's text, terms, names and
 * source (to find its evidence and what each sentence carries from the one before), but a sentence's claims,
 * quantities and other lists only for the few hundred sentences it looks at; the digest reads them for none. So those
 * stay as the snapshot's words (a third of what they were as objects) until a sentence is first asked for one, and
 * its article, outlet, publisher and date are its article's, not four fields of every sentence. An index read only
 * for its digest holds its sentences' names and sources too.
 */
import type { Article, Sentence } from '../engine/types.ts';
import { plainSentence } from '../engine/corpus-index.ts';
import type { HeldKind, HeldValues, LazyObjects, LazyPlan } from './snapshot-codec.ts';

/** A sentence's fields in the order the index makes them (corpus-index.ts, indexSentences), as JSON writes them. */
export const SENTENCE_KEYS = ['claims', 'id', 'file', 'outlet', 'publisher', 'article', 'published', 'span', 'text', 'terms', 'quantities', 'attribution', 'hedged', 'entities', 'names', 'dates', 'places', 'quoted', 'quotedTerms', 'position'] as const;

/** The fields held encoded until first read, in key order; all but three are lists, the terms and names of strings. */
const HELD = ['claims', 'terms', 'quantities', 'attribution', 'hedged', 'entities', 'names', 'dates', 'places', 'quoted', 'quotedTerms', 'position'] as const;
type Held = (typeof HELD)[number];
const KIND: Record<Held, HeldKind> = { claims: 'list', terms: 'strings', quantities: 'list', attribution: 'any', hedged: 'any', entities: 'list', names: 'strings', dates: 'list', places: 'list', quoted: 'list', quotedTerms: 'list', position: 'any' };

/** A held field not yet decoded. */
const UNREAD = Symbol('unread');

type Decoded = Pick<Sentence, 'id' | 'file' | 'outlet' | 'publisher' | 'article' | 'published' | 'span' | 'text' | 'attribution' | 'names'>;

/**
 * How the snapshot's sentences are made over `articles`: in part, when their article is theirs (file, outlet, date)
 * and every sentence of an article has the same publisher; else whole, as plain objects. `isStored` tells the first.
 * A question reads every sentence's names and source; with `forDigest` (nothing but the digest will be asked of the
 * index, which reads no sentence's) they are held too.
 */
export function storedSentences(articles: readonly Article[], forDigest = false): LazyObjects & { isStored(s: unknown): boolean } {
  const publisherOf: string[] = new Array(articles.length);
  let values: HeldValues;
  const held = HELD.filter((k) => forDigest || (k !== 'names' && k !== 'attribution'));
  const heldKinds: ReadonlyMap<string, HeldKind> = new Map(held.map((k) => [k, KIND[k]]));
  const at = Object.fromEntries(held.map((k, i) => [k, i])) as Record<Held, number>;

  class StoredSentence implements Sentence {
    readonly id: number;
    readonly article: number;
    readonly span: Sentence['span'];
    readonly text: string;
    readonly #attribution: Sentence['attribution'] | undefined;
    readonly #names: string[] | undefined;
    readonly #at: number;
    #held: unknown[] | undefined;

    constructor(d: Decoded, where: number) {
      this.id = d.id;
      this.article = d.article;
      this.span = d.span;
      this.text = d.text;
      this.#attribution = forDigest ? undefined : d.attribution;
      this.#names = forDigest ? undefined : d.names;
      this.#at = where;
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

    /**
     * A held field, decoded at its first read and kept. One at a time: a question reads a sentence's terms, its claims
     * or its quantities, rarely more, and never its entities, dates or position; decoding all twelve at the first read
     * of one was two thirds of what the sentences a question reaches held.
     */
    #field(k: number): unknown {
      const fields = (this.#held ??= new Array<unknown>(held.length).fill(UNREAD));
      const v = fields[k];
      return v === UNREAD ? (fields[k] = values.decodeNth(this.#at, k)) : v;
    }
    get claims(): Sentence['claims'] {
      return this.#field(at.claims) as Sentence['claims'];
    }
    get terms(): string[] {
      return this.#field(at.terms) as string[];
    }
    get quantities(): Sentence['quantities'] {
      return this.#field(at.quantities) as Sentence['quantities'];
    }
    get hedged(): boolean {
      return this.#field(at.hedged) as boolean;
    }
    get entities(): string[] {
      return this.#field(at.entities) as string[];
    }
    get dates(): Sentence['dates'] {
      return this.#field(at.dates) as Sentence['dates'];
    }
    get places(): string[] {
      return this.#field(at.places) as string[];
    }
    get quoted(): string[] {
      return this.#field(at.quoted) as string[];
    }
    get quotedTerms(): string[] {
      return this.#field(at.quotedTerms) as string[];
    }
    get position(): number {
      return this.#field(at.position) as number;
    }
    get attribution(): Sentence['attribution'] {
      return forDigest ? (this.#field(at.attribution) as Sentence['attribution']) : this.#attribution!;
    }
    get names(): string[] {
      return forDigest ? (this.#field(at.names) as string[]) : this.#names!;
    }

    /** The sentence as a plain object, its fields in the index's order: what JSON and the snapshot's encoder write. */
    toJSON(): Sentence {
      return plainSentence(this);
    }
  }

  const plan: LazyPlan = {
    held: heldKinds,
    make(d, heldValues, where) {
      values = heldValues;
      const s = d as unknown as Decoded;
      const a = articles[s.article];
      const ours = a !== undefined && s.file === a.file && s.outlet === a.outlet && s.published === a.published && (publisherOf[s.article] ??= s.publisher) === s.publisher;
      if (ours) return new StoredSentence(s, where);
      // Not as the index makes them (a snapshot no build writes): whole, as stored.
      const v = values.decode(where, held.length);
      const all: Record<string, unknown> = { ...d };
      held.forEach((k, i) => (all[k] = v[i]));
      return Object.fromEntries(SENTENCE_KEYS.map((k) => [k, all[k]]));
    },
  };
  const order = SENTENCE_KEYS.join('\0');
  return {
    plan: (keys) => (keys.join('\0') === order ? plan : null),
    isStored: (s) => s instanceof StoredSentence,
  };
}
