import type { Sentence, SourceRef } from './types.ts';

/** A citation of one sentence: its outlet, file, verbatim text and who inside the article said it. */
export function toSourceRef(s: Sentence): SourceRef {
  const ref: SourceRef = { outlet: s.outlet, file: s.file, quote: s.text, speaker: s.attribution?.display ?? null, span: s.span };
  if (s.publisher !== s.outlet) ref.via = s.publisher;
  return ref;
}

/** White space oneLine would change: any but a lone space, or a space at either end. */
const LOOSE_SPACE = /[^\S ]| \s|^ | $/;

/** Collapses white space for display; the quote itself stays the exact span. */
export function oneLine(text: string): string {
  // Most quotes are one line already: looking is cheaper than replacing each space with a space (a digest's
  // Markdown quotes 100,000 sentences at 10,000 articles).
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Each quote once, in order: the same sentence can back a value from two directions. */
export function dedupeRefs<T extends { file: string; quote: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.file}|${r.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
