/**
 * `JSON.stringify(value, null, 2)` in pieces, for writing a large document (a digest of 10,000 articles is 130 MB of
 * JSON) without holding it whole as one string, twice over while it is copied: the same text, piece by piece.
 */

/** Levels written piece by piece; deeper values are each one piece, as JSON.stringify writes them. */
const PIECEWISE_DEPTH = 2;

/**
 * A list longer than this is written an element at a time however deep it stands: a fact citing thousands of sources
 * would otherwise be one string of most of a megabyte, which the collector keeps with the long-lived objects.
 */
const LONG_LIST = 64;

const holdsLongList = (v: object): boolean => {
  if (Array.isArray(v)) return v.length > LONG_LIST;
  for (const k in v) if (Object.hasOwn(v, k) && Array.isArray((v as Record<string, unknown>)[k]) && ((v as Record<string, unknown[]>)[k]!.length > LONG_LIST)) return true;
  return false;
};

/** A value's text when it is written as one piece at this depth; else undefined. */
function wholeText(value: unknown, indent: string, depth: number): string | undefined {
  const plain = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (plain && (depth < PIECEWISE_DEPTH || holdsLongList(value))) return undefined;
  return indent && value !== null && typeof value === 'object' ? indented(value, indent) : JSON.stringify(value, null, 2);
}

/** Small elements written in one piece together, at most. */
const RUN = 64;

/**
 * Whether a list element is small: not an object, or a plain one holding no list (a source cited, a passage dropped).
 * Small elements are written a run at a time, not one string each (a fact cited by 1,500 outlets lists 1,500
 * sources, outlets and sentence ids: 600,000 pieces at 10,000 articles); a fact is not, as a run of them would be
 * strings large enough for the collector to keep with the long-lived objects.
 */
function isSmall(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return true;
  // JSON.stringify hands toJSON the element's index, which a run would change.
  if (Array.isArray(x) || typeof (x as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const k in x) if (Object.hasOwn(x, k) && Array.isArray((x as Record<string, unknown>)[k])) return false;
  return true;
}

/** How many elements from `i` on are small, up to RUN. */
function smallRun(list: unknown[], i: number): number {
  let n = 0;
  while (n < RUN && i + n < list.length && isSmall(list[i + n])) n++;
  return n;
}

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (x: unknown) => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/** The pieces that, joined, are `JSON.stringify(value, null, 2)` for plain data (objects, arrays, strings, numbers, booleans, null). */
export function* jsonPieces(value: unknown, indent = '', depth = 0): Generator<string> {
  const whole = wholeText(value, indent, depth);
  if (whole !== undefined) {
    yield whole;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; ) {
      const run = smallRun(value, i);
      if (run > 1) {
        // The run's own array text without its brackets: what its elements, each after its separator, would be.
        const text = indented(value.slice(i, i + run), indent);
        yield `${i ? ',' : ''}${text.slice(1, text.length - indent.length - 2)}`;
        i += run;
        continue;
      }
      const x = omitted(value[i]) ? null : value[i];
      yield `${i ? ',' : ''}\n${inner}`;
      // An element written whole needs no generator of its own.
      const text = wholeText(x, inner, depth + 1);
      if (text !== undefined) yield text;
      else yield* jsonPieces(x, inner, depth + 1);
      i++;
    }
    yield `\n${indent}]`;
    return;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => !omitted(o[k]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, k] of keys.entries()) {
    yield `${i ? ',' : ''}\n${inner}${JSON.stringify(k)}: `;
    yield* jsonPieces(o[k], inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/** Where a value's text starts and ends when nested as deep as an indent: see `indented`. */
const cuts = new Map<string, { head: number; tail: number }>();

const nested = (value: unknown, indent: string) => {
  let v = value;
  for (let i = 0; i < indent.length; i += 2) v = { a: v };
  return v;
};

/**
 * `JSON.stringify(value, null, 2)` with every line after its first indented by `indent`: the value stringified inside
 * as many single-key objects as the indent is deep, and cut out of them. The same text as re-indenting it after, in
 * one pass instead of two (a digest's 50,000 facts at 10,000 articles).
 */
function indented(value: object, indent: string): string {
  let cut = cuts.get(indent);
  if (!cut) {
    const probe = JSON.stringify(nested(0, indent), null, 2);
    const at = probe.lastIndexOf('0');
    cuts.set(indent, (cut = { head: at, tail: probe.length - at - 1 }));
  }
  const text = JSON.stringify(nested(value, indent), null, 2);
  return text.slice(cut.head, text.length - cut.tail);
}
