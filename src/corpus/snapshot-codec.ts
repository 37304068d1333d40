/**
 * A compact binary form for the index snapshot: the same plain data JSON would hold (objects keep their key order,
 * undefined fields are left out as JSON leaves them out), written as one array of 32-bit words over a table of
 * interned strings and a table of object shapes. Why not JSON: a term or a speaker's name written 100,000 times is
 * stored and decoded once and shared in memory; a sentence's text and a quote that are the exact span of their
 * article are not stored at all but sliced back from the article; and there is no text to parse.
 *
 * Each word is a tag in its low 3 bits and a payload above: a small whole number, a string id, an array length
 * (its elements follow), a shape id (its values follow, in the shape's key order), a constant, or a float's index;
 * an array of strings is its length followed by bare string ids; an Int32Array (postings) its length and its values.
 */

const INT = 0;
const STR = 1;
const ARR = 2;
const OBJ = 3;
const CONST = 4;
const NUM = 5;
/** An array of strings: its length, then the bare string ids (most arrays of a sentence are of terms or names). */
const STRS = 6;
/** An Int32Array: its length, then its values as words. */
const I32S = 7;
const NULL = 0;
const FALSE = 1;
const TRUE = 2;
/** A `text` or `quote` that is exactly its article's text over the object's `span`. */
const SLICE = 3;
/** Constants from here on are the caller's values by number (see `encodeSnapshot`). */
const EXTERNAL = 4;
const MAX_PAYLOAD = 2 ** 29;

/** The text of an article by its file name, for the fields stored as spans. */
export type TextOf = (file: string) => string | undefined;

class Words {
  buf = new Uint32Array(1 << 16);
  n = 0;
  push(w: number): void {
    if (this.n === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = w;
  }
}

const word = (payload: number, tag: number): number => {
  if (payload >= MAX_PAYLOAD) throw new Error('snapshot: too large to encode');
  return payload * 8 + tag;
};

/** The text a `text` or `quote` field would be when it is its object's span of its article, else undefined. */
function spanText(o: Record<string, unknown>, textOf: TextOf): string | undefined {
  const span = o.span as { start?: unknown; end?: unknown } | undefined;
  if (typeof o.file !== 'string' || !span || typeof span.start !== 'number' || typeof span.end !== 'number') return undefined;
  return textOf(o.file)?.slice(span.start, span.end);
}

interface ShapeNode {
  id: number;
  next: Map<string, ShapeNode>;
}

/**
 * Encodes JSON-like data (no Maps or Sets: the caller turns them into arrays). A string or object `externalOf` numbers
 * is written as that number, and decoded as the value the decoder's caller gives for it: the facts' quotes, texts and
 * spans are those of the sentences they cite, held once in memory rather than once per citation.
 */
export function encodeSnapshot(value: unknown, textOf: TextOf, externalOf?: (v: unknown) => number | undefined): Uint8Array {
  const strings = new Map<string, number>();
  // Shapes found by walking a trie of their keys: no signature string is built per object.
  const shapes: ShapeNode = { id: -1, next: new Map() };
  const shapeKeys: string[][] = [];
  const floats: number[] = [];
  const words = new Words();
  const str = (s: string): number => {
    let id = strings.get(s);
    if (id === undefined) strings.set(s, (id = strings.size));
    return id;
  };
  const encode = (v: unknown): void => {
    const ext = externalOf && v !== null && (typeof v === 'string' || typeof v === 'object') ? externalOf(v) : undefined;
    if (ext !== undefined) words.push(word(EXTERNAL + ext, CONST));
    else if (typeof v === 'string') words.push(word(str(v), STR));
    else if (typeof v === 'number') {
      if (Number.isInteger(v) && v >= 0 && v < MAX_PAYLOAD && !Object.is(v, -0)) words.push(v * 8 + INT);
      else words.push(word(floats.push(v) - 1, NUM));
    } else if (typeof v === 'boolean') words.push(word(v ? TRUE : FALSE, CONST));
    else if (v === null || typeof v !== 'object') words.push(word(NULL, CONST));
    // As JSON holds it: an object read from a snapshot in part (a sentence) gives its fields whole this way.
    else if (typeof (v as { toJSON?: unknown }).toJSON === 'function') encode((v as { toJSON(): unknown }).toJSON());
    else if (v instanceof Int32Array) {
      words.push(word(v.length, I32S));
      for (const x of v) words.push(x >>> 0);
    } else if (Array.isArray(v)) {
      if (v.length > 0 && v.every((x) => typeof x === 'string')) {
        words.push(word(v.length, STRS));
        for (const x of v as string[]) words.push(str(x));
        return;
      }
      words.push(word(v.length, ARR));
      for (const x of v) encode(x);
    } else {
      const o = v as Record<string, unknown>;
      let node = shapes;
      for (const k in o) {
        if (!Object.hasOwn(o, k) || o[k] === undefined || typeof o[k] === 'function') continue;
        let n = node.next.get(k);
        if (!n) node.next.set(k, (n = { id: -1, next: new Map() }));
        node = n;
      }
      if (node.id < 0) {
        const keys = Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function');
        node.id = shapeKeys.push(keys) - 1;
        for (const k of keys) str(k);
      }
      words.push(word(node.id, OBJ));
      for (const k of shapeKeys[node.id]!) {
        const x = o[k];
        if ((k === 'text' || k === 'quote') && typeof x === 'string' && externalOf?.(x) === undefined && spanText(o, textOf) === x) words.push(word(SLICE, CONST));
        else encode(x);
      }
    }
  };
  encode(value);

  const list = [...strings.keys()];
  const blob = Buffer.from(list.join(''), 'utf8');
  const offsets = new Uint32Array(list.length + 1);
  // Byte offsets, so each string is decoded from its own bytes (see decodeSnapshot).
  list.forEach((s, i) => (offsets[i + 1] = offsets[i]! + Buffer.byteLength(s, 'utf8')));
  const shapeWords = shapeKeys.flatMap((keys) => [keys.length, ...keys.map((k) => strings.get(k)!)]);
  // Sections, each 4-byte aligned (the floats 8-byte aligned) so the decoder views them in place.
  const pad4 = (n: number) => (n + 3) & ~3;
  const floatsStart = (4 + pad4(blob.length) + 4 + offsets.byteLength + 4 + shapeWords.length * 4 + 4 + 7) & ~7;
  const wordsAt = floatsStart + floats.length * 8;
  const out = new Uint8Array(wordsAt + 4 + words.n * 4);
  const view = new DataView(out.buffer);
  let p = 0;
  const u32 = (x: number) => {
    view.setUint32(p, x, true);
    p += 4;
  };
  u32(blob.length);
  out.set(blob, p);
  p = pad4(p + blob.length);
  u32(list.length);
  for (const x of offsets) u32(x);
  u32(shapeKeys.length);
  for (const x of shapeWords) u32(x);
  u32(floats.length);
  p = floatsStart;
  for (const f of floats) {
    view.setFloat64(p, f, true);
    p += 8;
  }
  u32(words.n);
  for (let i = 0; i < words.n; i++) u32(words.buf[i]!);
  return out;
}

/** Thrown for a body that is not a well-formed encoding. */
export class SnapshotFormatError extends Error {}

const fail = (why: string): never => {
  throw new SnapshotFormatError(why);
};

const STRAY = Symbol('span');

/**
 * Builds one object per shape from an object literal, compiled once per shape: V8 then gives every object of a
 * shape one hidden class at once, several times faster than adding keys one by one. Key names are written as JSON
 * string literals, so a forged key cannot become code; a shape JSON.parse would treat differently is built by hand.
 */
function shapeMaker(keys: string[]): (next: () => unknown) => Record<string, unknown> {
  if (keys.includes('__proto__') || new Set(keys).size !== keys.length || keys.length > 64) {
    return (next) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { value: next(), enumerable: true, writable: true, configurable: true });
      return o;
    };
  }
  return new Function('next', `return {${keys.map((k) => `${JSON.stringify(k)}: next()`).join(', ')}};`) as (next: () => unknown) => Record<string, unknown>;
}

/** Longest array made at its final size; a longer one is grown, since V8 makes a large preallocated array a dictionary. */
const SIZED_UP_TO = 1024;

/**
 * An array for n elements, to be filled in order: grown by push, a short array keeps room for 17 elements or more,
 * and a sentence's many short lists (names, claims, quantities, modifiers) were a third of the decoded heap.
 */
const sized = <T>(n: number): T[] => (n <= SIZED_UP_TO ? new Array<T>(n) : []);

/**
 * Every empty array decoded is this one: most of a sentence's lists are empty (its places, quotes, dates, a
 * quantity's modifiers), over half a million arrays at 10,000 articles. Frozen, so code that would fill a decoded
 * list in place fails loudly rather than fill them all.
 */
const EMPTY: readonly never[] = Object.freeze([]);

/** Lists of strings compared with this many decoded before them: see `decodeSnapshot`. */
const RECENT_LISTS = 16;

/** Objects of at most this many fields, all strings, are interned: see `decodeSnapshot`. */
const INTERNED_UP_TO = 6;

/**
 * An encoded body read front to back, a piece at a time: in memory, or from a file (so that decoding a large one
 * holds a few megabytes of it at once, not all of it). Every piece starts 8-byte aligned and is the caller's to keep.
 */
export interface ByteSource {
  /** The next `n` bytes, or fewer at the end of the body. */
  take(n: number): Uint8Array;
  /** The next `into.length` bytes (fewer at the end of the body) copied into `into`; how many. */
  readInto(into: Uint8Array): number;
  /** Whether the body has bytes left. */
  more(): boolean;
}

/** A body in memory: its pieces are views of it (or of an aligned copy, when it does not start 8-byte aligned). */
export function bytesSource(body: Uint8Array): ByteSource {
  const bytes = body.byteOffset % 8 === 0 ? body : new Uint8Array(body);
  let p = 0;
  return {
    take: (n) => {
      const piece = bytes.subarray(p, Math.min(bytes.length, p + n));
      p += piece.length;
      return piece;
    },
    readInto: (into) => {
      const piece = bytes.subarray(p, Math.min(bytes.length, p + into.length));
      into.set(piece);
      p += piece.length;
      return piece.length;
    },
    more: () => p < bytes.length,
  };
}

/** Words read at most this many at a time from a source. */
const WORDS_AT_ONCE = 1 << 20;

/** The table sections of a body (strings, shapes, floats) and how many words follow them. */
function tables(src: ByteSource) {
  let p = 0;
  const take = (n: number): Uint8Array => {
    const piece = src.take(n);
    if (piece.length < n) fail('truncated');
    p += n;
    return piece;
  };
  const u32 = (): number => {
    const b = take(4);
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
  };
  // Each section starts where the writer put it: 4-byte aligned, the floats 8-byte aligned.
  const align = (to: number) => {
    const pad = ((p + to - 1) & ~(to - 1)) - p;
    if (pad) take(pad);
  };
  const view32 = (b: Uint8Array) => new Uint32Array(b.buffer, b.byteOffset, b.length >>> 2);
  const blobLength = u32();
  const blob = take(blobLength);
  align(4);
  const nStrings = u32();
  if (nStrings >= 2 ** 30) fail('truncated');
  const offsets = view32(take((nStrings + 1) * 4));
  const nShapes = u32();
  const shapes: number[][] = [];
  for (let i = 0; i < nShapes; i++) {
    const n = u32();
    const keys: number[] = [];
    for (let k = 0; k < n; k++) keys.push(u32());
    shapes.push(keys);
  }
  const nFloats = u32();
  if (nFloats >= 2 ** 28) fail('truncated');
  align(8);
  const f = take(nFloats * 8);
  const floats = new Float64Array(f.buffer, f.byteOffset, nFloats);
  const nWords = u32();
  return { blob, nStrings, offsets, shapes, floats, nWords };
}

/**
 * The words of a body one at a time, read from the source a chunk at a time; `at` counts the words read. Throws
 * SnapshotFormatError for a word past the body's end and, at `end()`, for bytes after its last word.
 */
class WordReader {
  private chunk: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  /**
   * The words read ahead, in one buffer used again at every fill: a fresh four-megabyte piece per fill was freed
   * memory the allocator kept (about 30 MB more peak RSS after reading a 10,000-article snapshot).
   */
  private buf = new Uint32Array(0);
  private pos = 0;
  private base = 0;
  constructor(
    private readonly src: ByteSource,
    readonly length: number,
    private readonly atOnce: number,
  ) {}

  get at(): number {
    return this.base + this.pos;
  }

  next(): number {
    if (this.pos === this.chunk.length) this.fill(1);
    return this.chunk[this.pos++]!;
  }

  /** The word `i` after the next, read ahead without moving on; undefined past the end. */
  peek(i: number): number | undefined {
    if (this.pos + i >= this.chunk.length && this.at + i < this.length) this.fill(i + 1);
    return this.chunk[this.pos + i];
  }

  skip(n: number): void {
    this.pos += n;
  }

  /** Reads on so that `need` words (or all that are left) follow the position. */
  private fill(need: number): void {
    const held = this.chunk.length - this.pos;
    const left = this.length - this.base - this.chunk.length;
    if (held + left < need) fail('truncated');
    const want = Math.min(left, Math.max(this.atOnce, need - held));
    // The words not yet read move to the front (the chunk is this buffer, or the first fill's empty one).
    if (this.buf.length < held + want) {
      const grown = new Uint32Array(held + want);
      grown.set(this.chunk.subarray(this.pos));
      this.buf = grown;
    } else this.buf.copyWithin(0, this.pos, this.pos + held);
    const got = this.src.readInto(new Uint8Array(this.buf.buffer, held * 4, want * 4));
    if (got < want * 4) fail('truncated');
    this.base += this.pos;
    this.chunk = this.buf.subarray(0, held + want);
    this.pos = 0;
  }

  end(): void {
    if (this.at !== this.length || this.src.more()) fail('trailing data');
  }
}

/**
 * Whether a body would decode, checked word by word without building anything: for a part of the snapshot decoded
 * only when first read, so that a bad one is still told at load. Throws SnapshotFormatError as decodeSnapshot would.
 */
export function checkSnapshot(body: Uint8Array | ByteSource, wordsAtOnce = WORDS_AT_ONCE): void {
  const src = body instanceof Uint8Array ? bytesSource(body) : body;
  const { nStrings, shapes, floats, nWords } = tables(src);
  const words = new WordReader(src, nWords, wordsAtOnce);
  for (const keys of shapes) for (const k of keys) if (k >= nStrings) fail('unknown key');
  walkValue(words, nStrings, shapes, floats.length, null, true);
  words.end();
}

let walkStack: Int32Array = new Int32Array(64);

/** The walks' stack twice as deep: a value nests at most one level deeper per word read. */
function grownStack(): Int32Array {
  const grown = new Int32Array(walkStack.length * 2);
  grown.set(walkStack);
  return (walkStack = grown);
}

/**
 * Reads one value's words, each checked as decoding would check it, building nothing; `held`, when given, gets every
 * word read. A list of counts stands for the nesting, so no body can overflow the stack.
 */
function walkValue(words: WordSource, nStrings: number, shapes: number[][], nFloats: number, held: HeldStore | null, slices: boolean): void {
  // Values still to read, as a stack of counts (an array's elements or an object's fields) in one typed array for
  // every walk: a list per walk, grown by push, was 200 MB of garbage over a load's 1.5 million walks (each sentence's
  // dozen held fields). A walk never starts inside another.
  let pending = walkStack;
  let top = 0;
  pending[0] = 1;
  while (top >= 0) {
    if (top === pending.length - 1) pending = grownStack();
    if (pending[top] === 0) {
      top--;
      continue;
    }
    pending[top]!--;
    const w = words.next();
    const payload = w >>> 3;
    held?.push(w);
    switch (w & 7) {
      case INT:
        break;
      case STR:
        if (payload >= nStrings) fail('unknown string');
        break;
      case ARR:
        if (payload > words.length - words.at) fail('truncated');
        pending[++top] = payload;
        break;
      case OBJ:
        if (payload >= shapes.length) fail('unknown shape');
        pending[++top] = shapes[payload]!.length;
        break;
      case CONST:
        // In a body, a constant past the span marker is a value of the decoder's caller, looked up as it is decoded.
        if (!slices && payload > TRUE) fail(payload === SLICE ? 'a span marker out of place' : 'unknown constant');
        break;
      case NUM:
        if (payload >= nFloats) fail('unknown number');
        break;
      case STRS:
        if (payload > words.length - words.at) fail('truncated');
        for (let i = 0; i < payload; i++) {
          const id = words.next();
          if (id >= nStrings) fail('unknown string');
          held?.push(id);
        }
        break;
      case I32S:
        if (payload > words.length - words.at) fail('truncated');
        for (let i = 0; i < payload; i++) {
          const x = words.next();
          held?.push(x);
        }
        break;
      default:
        fail('unknown tag');
    }
  }
}

/** log2 of the bytes in each block of held words. */
const HELD_BLOCK = 20;
const HELD_MASK = (1 << HELD_BLOCK) - 1;
/** The most bytes one word takes, 7 bits a byte: a word never runs over the end of its block. */
const WORD_BYTES = 5;

/**
 * The words objects' held fields were copied to, each in as few bytes as it needs, 7 bits a byte (string ids,
 * shapes, small counts and offsets: mostly two or three bytes, not four), in blocks of a megabyte: grown by doubling
 * one array, the copy at each doubling and the unused half were tens of megabytes more at the end of a load than what
 * is held. A place in it is its block's number times the block's size, plus the byte within the block.
 */
class HeldStore {
  readonly blocks: Uint8Array[] = [];
  /** Where each full block's bytes end: its last few bytes stay unused when the next word might not fit. */
  private readonly ends: number[] = [];
  /** The place the next word goes. */
  n = 0;
  /** The place after the word `read` last read. */
  after = 0;

  push(w: number): void {
    let block = this.blocks[this.blocks.length - 1];
    let at = this.n & HELD_MASK;
    if (!block || at > (1 << HELD_BLOCK) - WORD_BYTES) {
      if (block) this.ends.push(at);
      this.blocks.push((block = new Uint8Array(1 << HELD_BLOCK)));
      at = 0;
    }
    while (w >= 0x80) {
      block[at++] = (w & 0x7f) | 0x80;
      w = Math.floor(w / 0x80);
    }
    block[at++] = w;
    this.n = ((this.blocks.length - 1) << HELD_BLOCK) + at;
  }

  /** Lets go of the last block's unused room. */
  trim(): void {
    const last = this.blocks.length - 1;
    if (last >= 0) this.blocks[last] = this.blocks[last]!.slice(0, this.n & HELD_MASK);
  }

  /** The word at `place` (the end of a full block is the start of the next); `after` says where the next starts. */
  read(place: number): number {
    let b = place >>> HELD_BLOCK;
    let at = place & HELD_MASK;
    if (b < this.ends.length && at >= this.ends[b]!) {
      b++;
      at = 0;
    }
    const block = this.blocks[b]!;
    let w = 0;
    let scale = 1;
    let byte = block[at++]!;
    while (byte >= 0x80) {
      w += (byte & 0x7f) * scale;
      scale *= 0x80;
      byte = block[at++]!;
    }
    this.after = (b << HELD_BLOCK) + at;
    return w + byte * scale;
  }
}

/** Held words read from `at`, as WordReader reads a body; `length` and `at` are places in the store, not counts of words. */
class HeldWords implements WordSource {
  readonly length: number;
  constructor(
    private readonly store: HeldStore,
    public at: number,
  ) {
    this.length = store.n;
  }

  next(): number {
    if (this.at >= this.length) fail('truncated');
    const w = this.store.read(this.at);
    this.at = this.store.after;
    return w;
  }

  peek(i: number): number | undefined {
    let place = this.at;
    for (let k = 0; k < i && place < this.length; k++) {
      this.store.read(place);
      place = this.store.after;
    }
    return place < this.length ? this.store.read(place) : undefined;
  }

  skip(n: number): void {
    for (let k = 0; k < n; k++) {
      this.store.read(this.at);
      this.at = this.store.after;
    }
  }
}

/** What the decoder reads words from: the body as it is read, or the held fields' copy. */
interface WordSource {
  readonly at: number;
  readonly length: number;
  next(): number;
  peek(i: number): number | undefined;
  skip(n: number): void;
}

/**
 * Objects of some shapes decoded in part, the rest of their fields held encoded until asked for: a sentence's claims,
 * quantities and lists are read by a question for the few hundred sentences it looks at, not for all of them.
 */
export interface LazyObjects {
  /** How objects with these keys (in order) are made; null to decode them whole. */
  plan(keys: readonly string[]): LazyPlan | null;
}

export type HeldKind = 'list' | 'strings' | 'any';

export interface LazyPlan {
  /** The keys whose values are held encoded, each with what its value must be (checked as it is held): a list, a list of strings, anything. */
  held: ReadonlyMap<string, HeldKind>;
  /** The object from its other fields, decoded (in key order), and where its held values are: `values.decode(at, n)`. */
  make(decoded: Record<string, unknown>, values: HeldValues, at: number): unknown;
}

/** The values held encoded by a decode. */
export interface HeldValues {
  /** The `count` values held from `at`, decoded (each time anew: the caller keeps what it needs). */
  decode(at: number, count: number): unknown[];
  /** The value held `n` values after `at`, decoded alone (the ones before it walked over, not built). */
  decodeNth(at: number, n: number): unknown;
}

/** Decoding state: objects interned and lists shared (see `decodeSnapshot`). */
function valueReader(t: Tables, textOf: TextOf, lazyMakers: (((r: WordSource) => unknown) | null)[] | null, external?: (k: number) => unknown) {
  const { strings, shapes, floats, makers, sliceKeys } = t;
  const nStrings = strings.length;
  const nFloats = floats.length;
  // An object whose fields are all strings (a source as attributed: surface, key, display, cue, kind; a date) is
  // decoded once per distinct value and shared: the same source is attributed in tens of thousands of sentences.
  const interned = new Map<string, Record<string, unknown>>();
  const codes: number[] = [];
  const allStrings = shapes.map((keys) => keys.length > 0 && keys.length <= INTERNED_UP_TO);

  // A list of strings equal to one of the last few decoded is that one, shared (frozen, as it now has two holders): a
  // claim's terms are most often its sentence's, a hundred thousand lists at 10,000 articles.
  const recent: string[][] = [];
  let recentAt = 0;
  const sameAsRecent = (a: string[]): string[] => {
    for (const r of recent) {
      if (r.length !== a.length) continue;
      let i = 0;
      while (i < a.length && r[i] === a[i]) i++;
      if (i === a.length) return Object.isFrozen(r) ? r : (Object.freeze(r) as string[]);
    }
    recent[recentAt] = a;
    recentAt = (recentAt + 1) % RECENT_LISTS;
    return a;
  };

  const state = { stray: 0 };
  /** Replaces the span markers of an object's text or quote with its article's text over its span. */
  const unstray = (o: Record<string, unknown>, keys: string[]) => {
    for (const k of keys) {
      if (o[k] !== STRAY) continue;
      const span = o.span as { start: number; end: number } | undefined;
      const text = typeof o.file === 'string' ? textOf(o.file) : undefined;
      if (text === undefined || !span || !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start > span.end || span.end > text.length) fail('a span outside its article');
      o[k] = text!.slice(span!.start, span!.end);
      state.stray--;
    }
  };

  // The words being read: one source per reader (the body, or one object's held values at a time).
  let words: WordSource;
  const next = (): unknown => {
    const w = words.next();
    const payload = w >>> 3;
    switch (w & 7) {
      case INT:
        return payload;
      case STR:
        return payload < nStrings ? strings[payload] : fail('unknown string');
      case ARR: {
        if (payload > words.length - words.at) fail('truncated');
        if (payload === 0) return EMPTY;
        const a: unknown[] = sized(payload);
        for (let i = 0; i < payload; i++) a[i] = next();
        return a;
      }
      case OBJ: {
        const make = makers[payload] ?? fail('unknown shape');
        const lazy = lazyMakers?.[payload];
        if (lazy) return lazy(words);
        let internKey: string | undefined;
        if (allStrings[payload]) {
          const n = shapes[payload]!.length;
          if (words.at + n > words.length) fail('truncated');
          // The key: the shape and string ids as 16-bit halves of one flat string (a string built by += was a chain
          // of a string per id, kept for every distinct object until the decode ends).
          codes.length = 0;
          codes.push(payload & 0xffff, payload >>> 16);
          let k = '';
          for (let i = 0; i < n; i++) {
            const v = words.peek(i)!;
            if ((v & 7) !== STR) {
              codes.length = 0;
              break;
            }
            codes.push((v >>> 3) & 0xffff, v >>> 19);
          }
          if (codes.length) k = String.fromCharCode.apply(null, codes);
          if (k) {
            const hit = interned.get(k);
            // The same string ids as the first, which decoding it checked.
            if (hit) {
              words.skip(n);
              return hit;
            }
            internKey = k;
          }
        }
        const o = make(next);
        if (internKey !== undefined) interned.set(internKey, o);
        unstray(o, sliceKeys[payload]!);
        return o;
      }
      case CONST:
        if (payload === NULL) return null;
        if (payload === FALSE) return false;
        if (payload === TRUE) return true;
        if (payload === SLICE) {
          state.stray++;
          return STRAY;
        }
        return external?.(payload - EXTERNAL) ?? fail('unknown constant');
      case NUM:
        return payload < nFloats ? floats[payload] : fail('unknown number');
      case STRS: {
        if (payload > words.length - words.at) fail('truncated');
        if (payload === 0) return EMPTY;
        const a: string[] = sized(payload);
        for (let i = 0; i < payload; i++) {
          const id = words.next();
          a[i] = id < nStrings ? strings[id]! : fail('unknown string');
        }
        return sameAsRecent(a);
      }
      case I32S: {
        if (payload > words.length - words.at) fail('truncated');
        const a = new Int32Array(payload);
        for (let i = 0; i < payload; i++) a[i] = words.next() | 0;
        return a;
      }
      default:
        return fail('unknown tag');
    }
  };
  /** The next value of `from`. */
  const read = (from: WordSource): unknown => {
    words = from;
    return next();
  };
  return { read, unstray, state };
}

/**
 * Decodes what encodeSnapshot wrote; throws SnapshotFormatError for anything else (a checksum should catch that
 * first). With `lazy`, objects of the shapes it plans for are made by it, their held fields copied as words (checked
 * as checkSnapshot checks them) and decoded only when the object asks for them.
 */
export function decodeSnapshot(body: Uint8Array | ByteSource, textOf: TextOf, wordsAtOnce = WORDS_AT_ONCE, { lazy, external }: { lazy?: LazyObjects; external?: (k: number) => unknown } = {}): unknown {
  const src = body instanceof Uint8Array ? bytesSource(body) : body;
  const { blob, nStrings, offsets, shapes, floats, nWords } = tables(src);
  // Each string decoded from its own bytes: sliced from the whole table decoded at once, every string would keep
  // the table alive, and one quote outside Latin-1 makes that a two-byte string of all of them (25 MB at 10,000
  // articles, against 14 MB as strings of their own).
  const all = Buffer.from(blob.buffer, blob.byteOffset, blob.length);
  if (offsets[0] !== 0 || offsets[nStrings] !== all.length) fail('string table does not add up');
  const strings: string[] = new Array(nStrings);
  for (let i = 0; i < nStrings; i++) {
    if (offsets[i + 1]! < offsets[i]!) fail('string table does not add up');
    strings[i] = all.toString('utf8', offsets[i], offsets[i + 1]);
  }
  const makers: ((next: () => unknown) => Record<string, unknown>)[] = [];
  const sliceKeys: string[][] = [];
  const keysOf: string[][] = [];
  for (const ids of shapes) {
    const keys = ids.map((k) => strings[k] ?? fail('unknown key'));
    keysOf.push(keys);
    makers.push(shapeMaker(keys));
    sliceKeys.push(keys.filter((k) => k === 'text' || k === 'quote'));
  }
  const t: Tables = { strings, shapes, floats, makers, sliceKeys };
  const words = new WordReader(src, nWords, wordsAtOnce);
  const held = lazy ? new HeldStore() : null;
  const reader = valueReader(t, textOf, lazy && held ? heldFields(t, keysOf, lazy, held, textOf, () => reader) : null, external);
  const value = reader.read(words);
  words.end();
  if (reader.state.stray !== 0) fail('a span marker out of place');
  held?.trim();
  return value;
}

/** What decoding reads values with: the string table, the shapes and their makers, the floats. */
interface Tables {
  strings: string[];
  shapes: number[][];
  floats: Float64Array;
  makers: ((next: () => unknown) => Record<string, unknown>)[];
  sliceKeys: string[][];
}

/** The maker of lazy objects for `decodeSnapshot`: holds their planned fields in `held` as they are read. */
function heldFields(t: Tables, keysOf: string[][], lazy: LazyObjects, held: HeldStore, textOf: TextOf, main: () => ReturnType<typeof valueReader>): (((r: WordSource) => unknown) | null)[] {
  const nStrings = t.strings.length;
  const nFloats = t.floats.length;
  const plans = keysOf.map((keys) => {
    const plan = lazy.plan(keys);
    if (!plan) return null;
    const kinds = keys.map((k) => plan.held.get(k));
    if (!kinds.some(Boolean)) return null;
    const decoded = keys.filter((_, i) => !kinds[i]);
    return { plan, kinds, maker: shapeMaker(decoded), slice: decoded.filter((k) => k === 'text' || k === 'quote') };
  });
  /** Copies one value's words to `held`, checked as checkSnapshot checks them; a span marker is never held. */
  const copy = (r: WordSource, kind: HeldKind): void => {
    const first = r.peek(0) ?? fail('truncated');
    const tag = first & 7;
    if (kind === 'list' && tag !== ARR && tag !== STRS) fail('a list expected');
    if (kind === 'strings' && tag !== STRS && first !== word(0, ARR)) fail('a list of strings expected');
    walkValue(r, nStrings, t.shapes, nFloats, held, false);
  };
  const values = heldValues(t, textOf, held);
  return plans.map((p) => {
    if (!p) return null;
    const { kinds } = p;
    return (r: WordSource): unknown => {
      const at = held.n;
      let k = 0;
      const o = p.maker(() => {
        for (; kinds[k]; k++) copy(r, kinds[k]!);
        k++;
        return main().read(r);
      });
      for (; k < kinds.length; k++) copy(r, kinds[k]!);
      main().unstray(o, p.slice);
      return p.plan.make(o, values, at);
    };
  });
}

/**
 * The held values of a decode, read by a reader of their own (no object of it is lazy, nothing it decodes is held)
 * with its own interned objects and shared lists. Made apart from the decode, so that it keeps only the tables and
 * the held words, not what decoding the body held.
 */
function heldValues(t: Tables, textOf: TextOf, held: HeldStore): HeldValues {
  let reader: ReturnType<typeof valueReader> | undefined;
  return {
    decode: (at, count) => {
      reader ??= valueReader(t, textOf, null);
      const r = new HeldWords(held, at);
      const out: unknown[] = [];
      for (let i = 0; i < count; i++) out.push(reader.read(r));
      return out;
    },
    decodeNth: (at, n) => {
      reader ??= valueReader(t, textOf, null);
      const r = new HeldWords(held, at);
      for (let i = 0; i < n; i++) walkValue(r, t.strings.length, t.shapes, t.floats.length, null, false);
      return reader.read(r);
    },
  };
}
