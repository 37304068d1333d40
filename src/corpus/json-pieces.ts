/**
 * `JSON.stringify(value, null, 2)` in pieces, for writing a large document (a digest of 10,000 articles is 130 MB of
 * JSON) without holding it whole as one string, twice over while it is copied: the same text, piece by piece.
 */

/** Levels written piece by piece; deeper values are each one piece, as JSON.stringify writes them. */
const PIECEWISE_DEPTH = 2;

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (x: unknown) => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/** The pieces that, joined, are `JSON.stringify(value, null, 2)` for plain data (objects, arrays, strings, numbers, booleans, null). */
export function* jsonPieces(value: unknown, indent = '', depth = 0): Generator<string> {
  const plain = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!plain || depth >= PIECEWISE_DEPTH) {
    const text = JSON.stringify(value, null, 2);
    yield indent ? text.replaceAll('\n', `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      yield* jsonPieces(omitted(value[i]) ? null : value[i], inner, depth + 1);
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
