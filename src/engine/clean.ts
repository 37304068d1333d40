/**
 * Separates an article's prose from the page around it. Works line by line on scraped text with general signals
 * (length, punctuation, character profile, end-of-article markers, a second headline block), never on known phrases
 * of one site. Everything removed is returned with its reason so a reader can audit the cut.
 */
import type { Dropped, Span } from './types.ts';
import { MONTHS } from './text/lexicon.ts';

export interface CleanedArticle {
  title: string | null;
  /** Prose paragraphs as spans of the article text (a paragraph broken over lines is one span). */
  paragraphs: Span[];
  dropped: Dropped[];
  /** The outlet as the page names itself (a domain line, a dateline agency), when it does. */
  selfNamedOutlet: string | null;
  /** A publication date the page states ("Published on May 23, 2025"), as YYYY-MM-DD. */
  publishedHint: string | null;
}

interface Line extends Span {
  text: string;
}

const END_MARKER = /^(?:recent comments|comments?|no comments yet\W*|hashtags|tags|related(?: articles| stories| posts| news| content| coverage)?|read (?:more|next|also)|more (?:from|on) .{0,40}|you (?:may|might) also like|share (?:this|on) ?.{0,20}|leave a (?:comment|reply)|try our ai features|subscribe(?: to .{0,40})?|sign up.{0,40}|most (?:read|popular|viewed)|trending(?: now)?|sponsored content|recommended(?: for you)?|join the conversation|popular (?:stories|posts)|latest (?:news|stories))\W*$/i;

/** Single lines of page furniture that can sit anywhere, even mid-article. */
const FURNITURE_LINE = /^(?:advertisement|advert|ad|sponsored|scroll to continue(?: with content)?|story continues below(?: advertisement)?|continue reading(?: below)?|click here.{0,60}|(?:read more|also read|see also|watch|listen|related|recommended)\s*[:|»›-].{0,160}|(?:©|\(c\)|copyright)\s.{0,150}|.{0,80}all rights reserved\.?|we use cookies.{0,200}|(?:follow|like) us on .{0,60}|(?:image|photo|picture|video) (?:credit|source)?\s*[:|-].{0,150}|(?:additional )?(?:reporting|writing|editing|compiled|produced) by .{0,160}|our standards:.{0,150}|skip to (?:main )?content|menu)$/i;

const METADATA = /^(?:updated|published|posted|last updated|modified|document date|category|categories|show on website|source|by|follow|short url|share|print|email|photo|image|credit|listen|read time|min read|\d+ (?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days) ago)\b/i;
const KEY_VALUE = /^(?:document date|date|category|categories|tags?|topics?|section|filed under|author|authors|source|location|show on website|read time|image|photo|credit|keywords)\s*:/i;
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const TERMINAL = /[.!?]["'”’)\]]*$|[.!?…]$|["”’]$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      if (e > s && text[e - 1] === '\r') e--;
      // Trim white space and list bullets so a span starts on the first word.
      while (s < e && /[\s•·▪◦*#>\u00a0]/.test(text[s]!)) s++;
      if (s < e && text[s] === '-' && text[s + 1] === ' ') s += 2;
      while (e > s && /[\s*_]/.test(text[e - 1]!)) e--;
      lines.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  return lines.filter((l) => l.text.length > 0);
}

const wordCount = (s: string): number => (s.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length;

/** A line of extraction debris: markup characters, or the same words repeated like a stuck record. */
function isDebris(line: string): boolean {
  // One pass over the characters: this runs on every line of every article.
  let latex = 0;
  let nonSpace = 0;
  let alnum = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    nonSpace++;
    // \ $ ^ { } _ ~
    if (c === 92 || c === 36 || c === 94 || c === 123 || c === 125 || c === 95 || c === 126) latex++;
    else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) alnum++;
  }
  if (latex >= 3) return true;
  if (nonSpace > 20 && alnum / nonSpace < 0.6) return true;
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  const seen = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const bigram = `${words[i]} ${words[i + 1]}`;
    const n = (seen.get(bigram) ?? 0) + 1;
    seen.set(bigram, n);
    // Prose does not repeat a bigram of two content-bearing words three times in one line.
    if (n >= 3 && words[i]!.length > 3) return true;
  }
  return false;
}

function isDateLike(line: string): boolean {
  const w = line.toLowerCase().replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
  return w.length > 0 && w.length <= 5 && w.some((x) => x in MONTHS) && w.every((x) => x in MONTHS || /^\d/.test(x) || /^(?:mon|tue|wed|thu|fri|sat|sun)/.test(x));
}

function isFurniture(line: string): string | null {
  if (DOMAIN.test(line)) return 'site name';
  if (isDateLike(line) || /^\p{L}+ \d{1,2}, \d{4}\S/u.test(line)) return 'date line';
  if (METADATA.test(line)) return 'page metadata';
  if (KEY_VALUE.test(line) && wordCount(line) < 12) return 'page metadata';
  // Menus and breadcrumbs: short items between separators ("Home | World | Sports").
  const items = line.split(/\s[|•·›»/]\s|\s*\|\s*/);
  if (items.length >= 3 && items.every((x) => wordCount(x) <= 3)) return 'navigation or page furniture';
  if (/\(\s*[^()]*\/[^()]*\)\s*$/.test(line) || /^(?:above|below|pictured|top|file photo)[,:]/i.test(line)) return 'photo caption';
  if (wordCount(line) < 4 && !TERMINAL.test(line)) return 'navigation or page furniture';
  return null;
}

/** A line that reads as a sentence of prose. */
const isProseLike = (line: string) => wordCount(line) >= 12 || (TERMINAL.test(line) && wordCount(line) >= 6);

/** A headline-like line: several words, no closing punctuation, not long enough to be a sentence. */
function isHeadingLike(line: string): boolean {
  const n = wordCount(line);
  return n >= 3 && n < 16 && !/[.!]["'”’]?$/.test(line);
}

const PARSE_DATE = /(?:(\p{L}+)\s+(\d{1,2}),?\s+(\d{4}))|(?:(\d{1,2})\s+(\p{L}+),?\s+(\d{4}))/u;

function dateHint(line: string): string | null {
  const m = PARSE_DATE.exec(line);
  if (!m) return null;
  const monthName = (m[1] ?? m[5] ?? '').toLowerCase();
  const month = MONTHS[monthName];
  const day = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[6]);
  if (!month || !day || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Cleans one article; `file` labels what is dropped. */
export function cleanArticle(file: string, text: string): CleanedArticle {
  const lines = splitLines(text);
  const dropped: Dropped[] = [];
  const drop = (l: Line, reason: string) => {
    const last = dropped[dropped.length - 1];
    // Consecutive lines dropped for the same reason read best as one block.
    if (last && last.reason === reason && last.file === file && (last as DroppedWithEnd)._end !== undefined && text.slice((last as DroppedWithEnd)._end!, l.start).trim() === '') {
      last.text = text.slice((last as DroppedWithEnd)._start!, l.end);
      (last as DroppedWithEnd)._end = l.end;
    } else {
      const d: DroppedWithEnd = { file, text: l.text, reason, _start: l.start, _end: l.end };
      dropped.push(d);
    }
  };

  let title: string | null = null;
  let selfNamedOutlet: string | null = null;
  let publishedHint: string | null = null;
  const prose: Line[] = [];
  const seenHeadings = new Set<string>();
  let previousDropped = false;

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;

    if (FURNITURE_LINE.test(t)) {
      drop(l, 'page furniture (advertising, links, credits)');
      continue;
    }
    // An end marker closes the story when most of the story is behind it; mid-article it is just a stray line.
    if (END_MARKER.test(t) && prose.length > 0 && lines.slice(i + 1).filter((x) => isProseLike(x.text)).length <= prose.length) {
      const rest = { start: l.start, end: lines[lines.length - 1]!.end, text: text.slice(l.start, lines[lines.length - 1]!.end) };
      drop(rest, `everything after the end-of-article marker "${t}"`);
      break;
    }
    if (END_MARKER.test(t) && prose.length > 0) {
      drop(l, 'page furniture (a stray end-of-article marker)');
      continue;
    }

    if (isDebris(t)) {
      drop(l, 'garbled extraction (markup debris or repeated words)');
      previousDropped = true;
      continue;
    }
    if (previousDropped && /^\p{Ll}/u.test(t)) {
      drop(l, 'fragment continuing a dropped line');
      continue;
    }
    previousDropped = false;

    const furniture = isFurniture(t);
    if (furniture) {
      if (furniture === 'site name' && !selfNamedOutlet) selfNamedOutlet = t;
      // "May 3, 2031Daily Herald": a date glued to the site's name.
      const glued = /^\p{L}+ \d{1,2}, \d{4}(\p{L}.*)$/u.exec(t);
      if (glued && !selfNamedOutlet) selfNamedOutlet = glued[1]!;
      if ((furniture === 'page metadata' || furniture === 'date line') && !publishedHint) publishedHint = dateHint(t);
      drop(l, furniture);
      continue;
    }

    if (isHeadingLike(t) && prose.length >= 3) {
      // A second headline followed closely by its own metadata means the page appended another article.
      const next = lines.slice(i + 1, i + 5).map((x) => x.text);
      if (next.some((x) => METADATA.test(x) || isDateLike(x))) {
        const rest = { start: l.start, end: lines[lines.length - 1]!.end, text: '' };
        rest.text = text.slice(rest.start, rest.end);
        drop(rest, `a second article appended to the page ("${t}")`);
        break;
      }
    }

    // A line cut mid-sentence ("… bringing our people" / "home.") is prose, whatever its length.
    const nextLine = lines[i + 1];
    const continues = !TERMINAL.test(t) && nextLine !== undefined && /^\p{Ll}/u.test(nextLine.text) && prose.length > 0;
    if (!continues && !TERMINAL.test(t) && (wordCount(t) < 12 || (title === null && prose.length === 0) || seenHeadings.has(t.toLowerCase()))) {
      // Headlines and sub-heads are not claims; the first is the article's title. Repeats are page furniture.
      const key = t.toLowerCase();
      if (seenHeadings.has(key)) drop(l, 'repeated headline');
      else if (title === null && prose.length === 0) title = t;
      seenHeadings.add(key);
      continue;
    }

    prose.push(l);
    const dateline = /^[\p{Lu} ,.]+\(([\p{Lu}][\p{L}. ]{0,20})\)\s*[—–-]/u.exec(t);
    if (dateline && !selfNamedOutlet) selfNamedOutlet = dateline[1]!;
  }

  // A line that stops mid-sentence continues on the next line when that one starts in lower case.
  const paragraphs: Span[] = [];
  for (const l of prose) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && !TERMINAL.test(text.slice(last.start, last.end)) && /^\p{Ll}/u.test(l.text)) last.end = l.end;
    else paragraphs.push({ start: l.start, end: l.end });
  }

  for (const d of dropped as DroppedWithEnd[]) {
    delete d._start;
    delete d._end;
  }
  return { title, paragraphs, dropped, selfNamedOutlet, publishedHint };
}

interface DroppedWithEnd extends Dropped {
  _start?: number;
  _end?: number;
}
