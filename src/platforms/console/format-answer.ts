import type { Answer } from '../../engine/index.ts';
import { oneLine } from '../../engine/source-ref.ts';

/** What a person reads: the answer, then each source as outlet (speaker): "quote". */
export function formatAnswer(a: Answer): string {
  const head = a.status === 'disputed' ? `Disputed: ${a.answer}` : a.answer;
  const lines = [head];
  if (a.status === 'not_found') lines.push(`  ${a.summary}`);
  for (const c of a.citations) lines.push(`  ${c.outlet}${c.speaker ? ` (${c.speaker})` : ''}: "${oneLine(c.quote)}"`);
  return lines.join('\n');
}
