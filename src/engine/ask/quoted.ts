/** Whether a sentence holds a passage a question quotes, whatever the quotation marks and spacing. */
import type { Sentence } from '../types.ts';

// Built once: tsx rebuilds an inline regular expression with \p{…} wherever it meets it, here once per evidence sentence.
const NOT_WORD = /[^\p{L}\p{N}']+/gu;

const fold = (s: string) => s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(NOT_WORD, ' ').trim();

const folded = new WeakMap<Sentence, string>();

export function quotes(s: Sentence, passage: string): boolean {
  let t = folded.get(s);
  if (t === undefined) folded.set(s, (t = ` ${fold(s.text)} `));
  return t.includes(` ${fold(passage)} `);
}
