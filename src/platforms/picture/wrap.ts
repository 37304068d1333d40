/**
 * Word wrapping for the picture's labels. Vega measures text only roughly without a browser canvas, so lines are
 * wrapped here by character count to widths known to fit the chosen font, and a label that would need more lines
 * ends at a word with "…" instead of running out of its box.
 */

/** Splits `text` into at most `maxLines` lines of at most `width` characters, breaking between words. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)) {
    // A word longer than a line (an address, a long compound) is split where it must be.
    while (word.length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(`${word.slice(0, width - 1)}-`);
      word = word.slice(width - 1);
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > width - 1) last = last.slice(0, Math.max(last.lastIndexOf(' '), 1));
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–-]+$/, '')}…`;
  return kept;
}
