/** Dates written in a sentence: "May 16", "16 May", "May 23, 2025", "Friday", "last week". */
import type { Token } from './tokens.ts';
import { bare, isCapitalised } from './tokens.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';

export interface DateMention {
  /** "05-16" or "2025-05-16" for calendar dates, "rel:friday" / "rel:last week" for relative ones. */
  key: string;
  surface: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month a capitalised word names: "May", "December", "Dec", "Dec." (an abbreviation with its full stop). */
export function monthOf(word: string): number | undefined {
  if (!isCapitalised(word)) return undefined;
  const w = bare(word);
  return MONTHS[w] ?? (word.endsWith('.') && word.length <= 5 ? MONTHS[w.replace(/\.$/, '')] : undefined);
}

export function extractDates(tokens: Token[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const month = monthOf(t.text);
    if (month) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      let day: number | null = null;
      let from = i;
      let to = i;
      if (next && /^\d{1,2}$/.test(next.text) && Number(next.text) <= 31) {
        day = Number(next.text);
        to = i + 1;
      } else if (prev && /^\d{1,2}$/.test(prev.text) && Number(prev.text) <= 31) {
        day = Number(prev.text);
        from = i - 1;
      }
      let year: number | null = null;
      const y1 = tokens[to + 1]?.text === ',' ? tokens[to + 2] : tokens[to + 1];
      if (y1 && /^\d{4}$/.test(y1.text)) {
        year = Number(y1.text);
        to = tokens.indexOf(y1);
      }
      if (day === null && year === null) continue;
      const key = day === null ? `${year}-${pad(month)}` : year ? `${year}-${pad(month)}-${pad(day)}` : `${pad(month)}-${pad(day)}`;
      out.push({ key, surface: text.slice(tokens[from]!.start, tokens[to]!.end) });
      i = to;
      continue;
    }
    const lw = t.text.toLowerCase();
    // "Monday's operation began at 11am": a possessive opening the sentence dates what it owns, its subject ("back to
    // Thursday's close" dates only the close).
    const day = i === 0 ? lw.replace(/['’]s$/, '') : lw;
    if (WEEKDAYS.has(day)) out.push({ key: `rel:${day}`, surface: t.text.slice(0, day.length) });
    else if ((lw === 'last' || lw === 'next' || lw === 'this') && /^(?:week|month|year|weekend)$/i.test(tokens[i + 1]?.text ?? '')) {
      out.push({ key: `rel:${lw} ${tokens[i + 1]!.text.toLowerCase()}`, surface: text.slice(t.start, tokens[i + 1]!.end) });
      i++;
    }
  }
  return out;
}

/** Calendar part of a key without the year, so "2025-05-16" and "05-16" agree. */
export function monthDay(key: string): string {
  return key.startsWith('rel:') ? key : key.length === 10 ? key.slice(5) : key;
}
