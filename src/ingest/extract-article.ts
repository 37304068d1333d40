/**
 * A web page reduced to its article with @mozilla/readability on a linkedom DOM, and the page's metadata: outlet
 * (og:site_name), title, publication date (article:published_time and friends). "Not an article" is a value.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../corpus/html-to-text.ts';

export interface Extracted {
  title: string;
  text: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

function meta(document: Document, ...selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = document.querySelector(sel)?.getAttribute('content') ?? document.querySelector(sel)?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** YYYY-MM-DD from an ISO or RFC date string, or null. */
export function isoDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(raw.trim());
  if (direct) return direct[1]!;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The smallest article worth keeping: a few sentences of prose. */
const MIN_ARTICLE_CHARS = 200;

export function extractArticle(html: string, url: string | null): { ok: true; article: Extracted } | { ok: false; error: string } {
  const { document } = parseHTML(html);
  // Text that is not a page at all (plain text, JSON, a PDF) parses to a document with no root element.
  if (!document.documentElement) return { ok: false, error: 'not an article (not an HTML page)' };
  const outlet = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]');
  const published = isoDay(meta(document, 'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'time[datetime]'));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const parsed = new Readability(document as unknown as Document).parse();
  const text = parsed?.content ? htmlToText(parsed.content).trim() : '';
  if (!parsed || text.length < MIN_ARTICLE_CHARS) return { ok: false, error: 'not an article (no body of prose found)' };
  const title = (parsed.title ?? meta(document, 'meta[property="og:title"]') ?? '').replace(/\s+/g, ' ').trim();
  return { ok: true, article: { title, text, outlet: outlet ?? parsed.siteName ?? null, published, url: canonical ?? url } };
}
