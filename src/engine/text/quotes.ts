/** Words in quotation marks: what a source said in its own words, as opposed to the outlet's summary of it. */

const QUOTED = /[“"]([^”"]{3,})[”"“]|(?<![\p{L}])'([^']{6,})'(?![\p{L}])/gu;

/** The quoted passages of a sentence, in order. */
export function quotedPassages(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2])!);
}

/** Where the quoted passages of a text lie, as [start, end) offsets of each with its marks. */
export function quotedRanges(text: string, offset = 0): [number, number][] {
  return [...text.matchAll(QUOTED)].map((m) => [offset + m.index, offset + m.index + m[0].length]);
}
