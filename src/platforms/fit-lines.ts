/** Joins whole lines while they fit in `max`; says how many were left out rather than cutting one. */
export function fitLines(lines: string[], max: number, more: (n: number) => string): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const note = more(lines.length - i - 1);
    if (used + line.length + 1 + (i < lines.length - 1 ? note.length + 1 : 0) > max) {
      out.push(more(lines.length - i));
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}
