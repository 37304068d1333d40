/**
 * Separates an article's prose from the page around it. Works line by line on scraped text with general signals
 * (length, punctuation, character profile, end-of-article markers, a second headline block), never on known phrases
 * of one site. Everything removed is returned with its reason so a reader can audit the cut.
 */
import type { Dropped, Span } from './types.ts';
import { MONTHS, STOPWORDS, WEEKDAYS } from './text/lexicon.ts';
import { stem } from './text/stem.ts';

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

const END_MARKER = /^(?:recent comments|comments?|no comments yet\W*|hashtags|tags|related(?: articles| stories| posts| news| content| coverage)?|read (?:more|next|also)|more (?:from|on) .{0,40}|you (?:may|might) also like|share (?:this|on) ?.{0,20}|leave a (?:comment|reply)|try our ai features|subscribe(?: to .{0,40})?|sign up.{0,40}|most (?:read|popular|viewed)|trending(?: now)?|sponsored content|recommended(?: for you)?|join the conversation|popular (?:stories|posts)|latest (?:news|stories)|also in .{1,30}|(?:in )?other news|elsewhere in .{1,30}|more (?:sport|sports|news|stories)(?: .{0,30})?)\W*$/i;

/** Single lines of page furniture that can sit anywhere, even mid-article. */
const FURNITURE_LINE = /^(?:advertisement|advert|ad|sponsored|scroll to continue(?: with content)?|story continues below(?: advertisement)?|continue reading(?: below)?|click here.{0,60}|(?:read more|also read|see also|watch|listen|related|recommended|sponsored|advertisement|promoted|partner content|most read|most popular|trending|advertiser disclosure)\s*[:|»›-].{0,160}|(?:©|\(c\)|copyright)\s.{0,150}|.{0,80}all rights reserved\.?|we use cookies.{0,200}|(?:follow|like) us on .{0,60}|(?:image|photo|picture|video) (?:credit|source)?\s*[:|-].{0,150}|(?:additional )?(?:reporting|writing|editing|compiled|produced) by .{0,160}|our standards:.{0,150}|skip to (?:main )?content|menu)$/i;

/** A line's words without the rules and stars that frame it ("--- Sponsored ---"). */
const undecorated = (t: string) => t.replace(/^[-–—=*_~\s]+|[-–—=*_~\s]+$/g, '');
const AD_BOX_OPEN = /^(?:sponsored(?: content)?|advertisement|advertising|promoted|partner content|paid (?:post|content))$/i;
const AD_BOX_CLOSE = /^end(?: of)? (?:sponsored(?: content)?|advertisement|advertising|promoted|partner content|paid (?:post|content))$/i;

const METADATA = /^(?:updated|published|posted|last updated|modified|document date|category|categories|show on website|source|follow|short url|share|print|email|photo|image|credit|listen|read time|min read|\d+ (?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days) ago)\b/i;
/** A byline: "By" and a name ("By Dean Whitcombe"), not "By tonight at least 40 were dead". */
const BYLINE = /^(?:by|BY|By)\s+\p{Lu}/u;
const KEY_VALUE = /^(?:document date|date|category|categories|tags?|topics?|section|filed under|author|authors|source|location|show on website|read time|image|photo|credit|keywords)\s*:/i;
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
// A sentence may end with an agency's credit after its full stop: "… in Catalonia. (NSW)".
const TERMINAL = /[.!?]["'”’)\]]*$|[.!?…]$|["”’]$|[.!?]["”’]?\s*\([\p{L}. ]{1,12}\)$/u;

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

const WORD_RUN = /\p{L}[\p{L}'’-]*/gu;
/**
 * The words of each line counted once per article: the tests below count the same line's words up to six times
 * (furniture, heading, sentence, prose), and an end marker counts every line after it again. Set afresh by each
 * cleanArticle, so it holds one article's lines at most.
 */
let wordCounts = new Map<string, number>();
const wordCount = (s: string): number => {
  let n = wordCounts.get(s);
  if (n === undefined) wordCounts.set(s, (n = (s.match(WORD_RUN) ?? []).length));
  return n;
};

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
    // \ $ ^ { } _ ~ ("$12.50" is money, not markup)
    const money = c === 36 && i + 1 < line.length && line.charCodeAt(i + 1) >= 48 && line.charCodeAt(i + 1) <= 57;
    if (!money && (c === 92 || c === 36 || c === 94 || c === 123 || c === 125 || c === 95 || c === 126)) latex++;
    else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) alnum++;
  }
  if (latex >= 3) return true;
  if (nonSpace > 20 && alnum / nonSpace < 0.6) return true;
  // Numbers are words here: "about 25 km … about 7.4 km … about 6,000 km/h" repeats no bigram.
  const words = line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // A bigram met three times starts with a word met three times: most lines have none, and need no bigram made.
  const times = new Map<string, number>();
  let thrice = false;
  for (let i = 0; i + 1 < words.length && !thrice; i++) {
    const n = (times.get(words[i]!) ?? 0) + 1;
    times.set(words[i]!, n);
    thrice = n >= 3 && words[i]!.length > 3;
  }
  if (!thrice) return false;
  const seen = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const bigram = `${words[i]} ${words[i + 1]}`;
    const n = (seen.get(bigram) ?? 0) + 1;
    seen.set(bigram, n);
    // Prose does not repeat a bigram of two content-bearing words three times in one line. ("the company's" three
    // times is a word and its possessive's "s", which bears nothing.)
    if (n >= 3 && words[i]!.length > 3 && words[i + 1]!.length > 1) return true;
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
  // "By 8 a.m. on Saturday, …" and "By Velmar's account, …" open sentences; a byline is not a sentence.
  if ((METADATA.test(line) || BYLINE.test(line)) && !isSentence(line)) return 'page metadata';
  // A whole line in parentheses is an editor's note about the page ("(This story was supplied by …)"), not a claim.
  if (/^\([^()]*\)\.?$/.test(line) && wordCount(line) >= 4) return 'editorial note';
  // Prose never separates its parts with pipes: "Wire News | Dec 29, 2024", "World News | Headline of the day".
  if (/\s\|\s/.test(line)) return 'navigation or page furniture';
  if (KEY_VALUE.test(line) && wordCount(line) < 12) return 'page metadata';
  // Menus and breadcrumbs: short items between separators ("Home | World | Sports").
  const items = line.split(/\s[|•·›»/]\s|\s*\|\s*/);
  if (items.length >= 3 && items.every((x) => wordCount(x) <= 3)) return 'navigation or page furniture';
  if (/\(\s*[^()]*\/[^()]*\)\s*$/.test(line) || /^(?:above|below|pictured|top|file photo)[,:]/i.test(line)) return 'photo caption';
  if (wordCount(line) < 4 && !TERMINAL.test(line)) return 'navigation or page furniture';
  if (PROMO.test(line) && wordCount(line) < 25) return 'newsletter or subscription box';
  // "The Tarn Post's business newsletter, Oska Money, lands every weekday morning. Sign up here."
  if (NEWSLETTER.test(line) && NEWSLETTER_ASK.test(line) && wordCount(line) < 30) return 'newsletter or subscription box';
  // "This site uses cookies. Read our cookie notice. [Accept]": the site's consent banner, in any of its wordings.
  if (COOKIE.test(line) && COOKIE_ASK.test(line) && wordCount(line) < 40) return 'cookie notice';
  return null;
}

const NEWSLETTER = /\bnewsletters?\b/i;
const NEWSLETTER_ASK = /\b(?:sign up|subscribe|inbox|lands|delivered)\b/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_ASK = /\b(?:accept|agree|consent|policy|settings|preferences|notice|personalis|personaliz|manage)\w*|\[(?:ok|yes|accept|i accept)\b/i;

/** "Sign up for Tarn Today, our weekly newsletter …": a line asking the reader to subscribe is the page's, not the story's. */
const PROMO = /^(?:sign up|subscribe|get)\b.{0,100}\b(?:newsletters?|inbox)\b/i;

/** A line that ends like a sentence and is long enough to be one. */
const isSentence = (line: string) => TERMINAL.test(line) && wordCount(line) >= 8;

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
  wordCounts = new Map();
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
  const breaks: number[] = [];
  let previousDropped = false;

  // Whether a live blog's entry time ("9:48 p.m. PT", "13:40 WAT") stood before the current line.
  let timed = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    if (i > 0 && ENTRY_TIME.test(lines[i - 1]!.text)) timed = true;

    // "--- Sponsored ---", a line or two of advertising, "--- End sponsored ---": the whole box is advertising.
    const bare = undecorated(t);
    const boxEnd = AD_BOX_OPEN.test(bare) ? lines.slice(i + 1, i + 5).findIndex((x) => AD_BOX_CLOSE.test(undecorated(x.text))) : -1;
    if (boxEnd >= 0) {
      const last = lines[i + 1 + boxEnd]!;
      drop({ start: l.start, end: last.end, text: text.slice(l.start, last.end) }, 'page furniture (an advertising box)');
      i += 1 + boxEnd;
      continue;
    }
    if (FURNITURE_LINE.test(t) || (bare !== t && FURNITURE_LINE.test(bare))) {
      drop(l, 'page furniture (advertising, links, credits)');
      continue;
    }
    // An end marker closes the story when most of the story is behind it; mid-article it is just a stray line, as it
    // is in a live blog between one timed entry and the next ("Share this update", "13:40 WAT", the next entry).
    if (END_MARKER.test(t) && prose.length > 0 && lines.slice(i + 1).filter((x) => isProseLike(x.text)).length <= prose.length && !(timed && lines.slice(i + 1, i + 3).some((x) => ENTRY_TIME.test(x.text)))) {
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
      // A second headline followed closely by its own metadata means the page appended another article. (Metadata
      // after the headline's own paragraphs is a live blog's next entry: "Share", then the next entry's time.)
      const next: string[] = [];
      for (const x of lines.slice(i + 1, i + 5)) {
        if (TERMINAL.test(x.text) && wordCount(x.text) >= 12) break;
        next.push(x.text);
      }
      // (Unless what follows is the story itself, below a tabloid's bullet points.)
      if (next.some((x) => METADATA.test(x) || BYLINE.test(x) || isDateLike(x)) && !continuesStory(prose, lines.slice(i + 1))) {
        const rest = { start: l.start, end: lines[lines.length - 1]!.end, text: '' };
        rest.text = text.slice(rest.start, rest.end);
        drop(rest, `a second article appended to the page ("${t}")`);
        break;
      }
    }

    // A line cut mid-sentence ("… bringing our people" / "home.") is prose, whatever its length.
    const nextLine = lines[i + 1];
    const continues = !TERMINAL.test(t) && nextLine !== undefined && /^\p{Ll}/u.test(nextLine.text) && prose.length > 0;
    // A masthead: the site's name in capitals above the headline.
    if (title === null && prose.length === 0 && !TERMINAL.test(t) && wordCount(t) <= 6 && t === t.toUpperCase() && /\p{Lu}{2}/u.test(t)) {
      drop(l, 'site name');
      continue;
    }
    if (!continues && !TERMINAL.test(t) && (wordCount(t) < 12 || (title === null && prose.length === 0) || seenHeadings.has(t.toLowerCase()))) {
      // Headlines and sub-heads are not claims; the first is the article's title. Repeats are page furniture.
      const key = t.toLowerCase();
      if (seenHeadings.has(key)) drop(l, 'repeated headline');
      else if (title === null && prose.length === 0) title = t;
      seenHeadings.add(key);
      continue;
    }

    // Anything between two prose lines (a headline, a date, a dropped line) is where another article could begin.
    // An advertisement slot inside the article ("ADVERTISEMENT", "Story continues below") is no such place.
    // Nor is a live blog's next timed entry ("3:40 p.m. ET", its heading, its paragraphs) once the blog has timed one.
    if (prose.length > 0 && lines[i - 1] !== prose[prose.length - 1] && !onlyAdSlots(lines, prose[prose.length - 1]!, i) && !(timed && lines.slice(lines.indexOf(prose[prose.length - 1]!) + 1, i).some((x) => ENTRY_TIME.test(x.text)))) breaks.push(prose.length);
    prose.push(l);
    const dateline = /^[\p{Lu} ,.]+\(([\p{Lu}][\p{L}. ]{0,20})\)\s*[—–-]/u.exec(t);
    if (dateline && !selfNamedOutlet) selfNamedOutlet = dateline[1]!;
  }

  const appended = unrelatedTail(prose, breaks);
  if (appended !== null) {
    const from = lines.find((x) => x.start > prose[appended - 1]!.end && !isEditorialOrMarker(x.text)) ?? prose[appended]!;
    const end = Math.max(prose[prose.length - 1]!.end, ...dropped.map((d) => (d as DroppedWithEnd)._end ?? 0));
    const kept = dropped.filter((d) => ((d as DroppedWithEnd)._start ?? 0) < from.start);
    const headline = text.slice(from.start, from.end);
    kept.push({ file, text: text.slice(from.start, end), reason: `a second article appended to the page, sharing almost no words with the story ("${headline}")`, _start: from.start, _end: end } as DroppedWithEnd);
    dropped.splice(0, dropped.length, ...kept);
    prose.splice(appended);
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

/** A line's content words, lower-cased and stemmed, in order, for comparing one part of a page with another. */
function lineStems(l: Line): string[] {
  const out: string[] = [];
  for (const w of l.text.match(WORD_RUN) ?? []) {
    const lw = w.toLowerCase();
    if (lw.length < 3 || STOPWORDS.has(lw)) continue;
    out.push(stem(lw));
  }
  return out;
}

/** Counts `stems` into `m`, in their order (cosine sums over a map in the order its words first came). */
function countInto(m: Map<string, number>, stems: readonly string[]): Map<string, number> {
  for (const k of stems) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Content words of lines, lower-cased and stemmed, with their counts. */
function vocabulary(lines: Line[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) countInto(m, lineStems(l));
  return m;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Below this word overlap (cosine) with the story before it, what follows a break is another article (measured: ≤ 0.15 for a sports result or a business brief after a news story; ≥ 0.18 for a story's own later sections). */
const UNRELATED = 0.16;
/** Similarity of words above which what follows a second headline and its byline is the story itself. */
const SAME_STORY = 0.3;
/** Share of a tail's names the story uses above which the tail is the story's, whatever its words. */
const SHARED_NAMES = 0.34;

/**
 * Where a second, unrelated article starts: the first break after at least three prose paragraphs whose following
 * paragraphs share almost no words with the story before it (cosine over content words), or share some common words
 * but not one of its names. Null when there is none.
 */
function unrelatedTail(prose: Line[], breaks: number[]): number | null {
  // Each line's words are read once, not once per break: a long page has dozens of breaks, and each read the whole
  // page again. The head before a break grows from the head before the last one (breaks come in order), in the same
  // order as read afresh.
  const stems: (string[] | undefined)[] = [];
  const stemsOf = (i: number) => (stems[i] ??= lineStems(prose[i]!));
  const words: (string[] | undefined)[] = [];
  const names: (string[] | undefined)[] = [];
  const head = new Map<string, number>();
  const headWords = new Set<string>();
  let read = 0;
  for (const k of breaks) {
    if (k < 3 || k >= prose.length) continue;
    for (; read < k; read++) {
      countInto(head, stemsOf(read));
      for (const w of (words[read] ??= lowerWords(prose[read]!))) headWords.add(w);
    }
    const tail = new Map<string, number>();
    for (let i = k; i < prose.length; i++) countInto(tail, stemsOf(i));
    const shared = cosine(head, tail);
    // Few shared words, or a tail of several paragraphs whose names (people, places, teams) the story never uses.
    // (A tail naming the story's people and places as often as not is the story's, unless it shares almost no words:
    // a live blog's later entries are short, so share few words with the first ones; a promotion for the outlet names
    // the outlet, and little else of the story.)
    const overlap = nameOverlap(headWords, prose.slice(k).map((l, i) => (names[k + i] ??= tailNames(l))));
    if ((shared < UNRELATED && (overlap < SHARED_NAMES || shared < UNRELATED * 0.75)) || (shared < 0.3 && prose.length - k >= 2 && overlap === 0)) return k;
  }
  return null;
}

/**
 * Whether what follows a second headline and its metadata is the story itself: a tabloid's bullet points above its
 * byline are the story's own summary, and what follows is far longer and shares its words. A related article appended
 * after the story is shorter than the story. Read only where a headline has its metadata after it.
 */
function continuesStory(prose: Line[], after: Line[]): boolean {
  const tail = after.filter((x) => isProseLike(x.text));
  return tail.length >= 3 && tail.length >= 2 * prose.length && cosine(vocabulary(prose), vocabulary(tail)) >= SAME_STORY;
}

/** A live blog entry's time on a line of its own: "9:48 p.m. PT", "13:40 WAT", "3:40pm", or its age: "15m ago", "2 hours ago". */
const ENTRY_TIME = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?|\d{1,3}\s?(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago)$/i;

/** A line that marks an advertisement's slot inside an article's text. */
const AD_SLOT = /^(?:advertisement|advert|ad|sponsored|scroll to continue(?: with content)?|story continues below(?: advertisement)?|continue reading(?: below)?)$/i;

/** Whether the lines between a prose line and line `i` are all advertisement slots. */
function onlyAdSlots(lines: Line[], last: Line, i: number): boolean {
  const between = lines.slice(lines.indexOf(last) + 1, i);
  return between.length > 0 && between.every((x) => AD_SLOT.test(x.text.trim()));
}

/** Lines that belong to the story before a break rather than to the article after it. */
const isEditorialOrMarker = (t: string) => /^\([^()]*\)\.?$/.test(t) || END_MARKER.test(t) || KEY_VALUE.test(t);

/** Names (capitalised words inside sentences, not calendar words) of the tail that the head also uses, as a share; -1 when the tail names fewer than three. */
function nameOverlap(headWords: Set<string>, tail: string[][]): number {
  const names = new Set(tail.flat());
  if (names.size < 3) return -1;
  return [...names].filter((n) => headWords.has(n)).length / names.size;
}

/** A line's words, lower-cased: what a name of the tail is looked for among. */
const lowerWords = (l: Line): string[] => l.text.toLowerCase().match(LETTERS) ?? [];
const LETTERS = /\p{L}+/gu;
const NAME_IN_SENTENCE = /(?<=[\p{L},;:'"“‘(]\s)\p{Lu}\p{L}+/gu;

/** A line's names: capitalised words inside its sentences, lower-cased, calendar and stop words left out. */
function tailNames(l: Line): string[] {
  const out: string[] = [];
  for (const m of l.text.matchAll(NAME_IN_SENTENCE)) {
    const w = m[0].toLowerCase();
    if (w in MONTHS || WEEKDAYS.has(w) || STOPWORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}
