/**
 * Whom a figure is for: "40 had declared for him …, against at least 90 for Roe", asked of Roe, gives Roe's figure in
 * its "for Roe"; the 40 is someone else's, in an answer and as a side of a disagreement alike.
 */
import type { Sentence } from '../types.ts';

const FOR_WHOM = /^[^,;:.]{0,50}?\bfor\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+|him|her|them)\b/u;

/** Whom a figure is for ("declared for him", "backing for Roe"), lower-cased, or null. */
function beneficiary(after: string): string | null {
  return FOR_WHOM.exec(after)?.[1]!.toLowerCase() ?? null;
}

/**
 * For each of the sentence's quantities, whether it is for someone other than the asked, in a sentence that gives a
 * figure for one of the asked names (`asked`, lower-cased). Without such a figure nothing is ruled out.
 */
export function forOthers(s: Sentence, asked: Set<string>): boolean[] {
  // Read only when the question names someone and the sentence says "for": no figure is for the asked otherwise.
  if (!asked.size || !s.text.includes('for')) return [];
  const forWhom = s.quantities.map((qq) => beneficiary(s.text.slice(qq.span.end - s.span.start)));
  const forAsked = forWhom.some((b) => b && asked.has(b));
  return forWhom.map((b) => forAsked && !asked.has(b ?? ''));
}
