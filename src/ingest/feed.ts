/** RSS and Atom feeds, read with rss-parser from text we fetched ourselves (so our limits apply). */
import Parser from 'rss-parser';
import { isoDay } from './extract-article.ts';

export interface FeedItem {
  link: string;
  title: string | null;
  published: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** Whether fetched text is a feed rather than a web page. */
export function looksLikeFeed(contentType: string, body: string): boolean {
  if (/(?:rss|atom)\+xml|\/xml/i.test(contentType)) return true;
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(body);
}

export async function parseFeed(xml: string): Promise<{ ok: true; feed: Feed } | { ok: false; error: string }> {
  try {
    const f = await new Parser().parseString(xml);
    const items = (f.items ?? []).filter((i) => i.link).map((i) => ({ link: i.link!, title: i.title?.trim() ?? null, published: isoDay(i.isoDate ?? i.pubDate) }));
    return { ok: true, feed: { title: f.title?.trim() ?? null, items } };
  } catch (e) {
    return { ok: false, error: `malformed feed (${(e as Error).message.split('\n')[0]})` };
  }
}
