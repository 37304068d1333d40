/**
 * A local web server for ingest tests: fixture pages with real-world clutter, an RSS and an Atom feed, and the
 * failures an ingest must survive (404, a slow answer, an oversized body, binary data, broken encoding). Made-up
 * routes: /redirect?to=URL, /links.xml?to=URL&to=… (a feed whose items link there), /big-feed.xml?n=N (N items, the
 * newest first, each linking to /item/<i>.html, a short article) and /not-html.txt (plain text, not a page), /gzip/<page>.html (a fixture
 * page compressed), /gzip-bomb (50 MB of spaces in 50 KB) and /loop (a redirect to itself).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './corpus.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'web');

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS feed of the given items. */
export function rssFeed(title: string, items: { link: string; title: string; date?: Date }[]): string {
  const body = items.map((i) => `<item><title>${xmlEscape(i.title)}</title><link>${xmlEscape(i.link)}</link>${i.date ? `<pubDate>${i.date.toUTCString()}</pubDate>` : ''}</item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xmlEscape(title)}</title><link>http://example.invalid/</link><description>News</description>\n${body}\n</channel></rss>\n`;
}

/** A short article page that Readability accepts. */
export function articlePage(outlet: string, title: string, n: number): string {
  const prose = `Rescuers in the valley town worked through the night on day ${n}, the regional council said, while volunteers brought food and blankets to families sheltering in the school gym. Officials said roads would stay closed until engineers had checked the slope again.`;
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="2031-03-04T09:00:00Z"></head><body><article><h1>${title}</h1><p>${prose}</p><p>${prose}</p></article></body></html>`;
}

export class FixtureWeb {
  private server!: Server;
  private bomb: Buffer | undefined;
  port = 0;
  readonly hits: { path: string; at: number; ifNoneMatch: string | null; host: string | null }[] = [];

  /** Listens on `host` (another loopback address than 127.0.0.1 lets a test allow this server and nothing else). */
  constructor(readonly host = '127.0.0.1') {}

  url(path: string): string {
    return `http://${this.host}:${this.port}${path}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      this.hits.push({ path, at: Date.now(), ifNoneMatch: (req.headers['if-none-match'] as string) ?? null, host: req.headers.host ?? null });
      const file = (name: string, type: string, etag?: string) => {
        if (etag && req.headers['if-none-match'] === etag) return res.writeHead(304).end();
        const body = readFileSync(join(DIR, name), 'utf8').replaceAll('http://HOST', `http://127.0.0.1:${this.port}`);
        res.writeHead(200, { 'content-type': type, ...(etag ? { etag } : {}) }).end(body);
      };
      if (path === '/rss.xml') return file('rss.xml', 'application/rss+xml; charset=utf-8', '"rss-v1"');
      if (path === '/atom.xml') return file('atom.xml', 'application/atom+xml', '"atom-v1"');
      if (path === '/bad-feed.xml') return file('bad-feed.xml', 'application/rss+xml');
      if (path === '/redirect') return res.writeHead(302, { location: query.get('to') ?? '/' }).end();
      if (path === '/links.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Links', query.getAll('to').map((link, i) => ({ link, title: `Item ${i}` }))));
      if (path === '/big-feed.xml') {
        const n = Number(query.get('n') ?? '100');
        const newest = Date.parse('2031-03-04T12:00:00Z');
        const items = Array.from({ length: n }, (_, i) => ({ link: `/item/${i}.html`, title: `Update ${i}`, date: new Date(newest - i * 60_000) }));
        return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Big Wire', items));
      }
      const item = /^\/item\/(\d+)\.html$/.exec(path);
      if (item) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage('Big Wire', `Update ${item[1]}`, Number(item[1])));
      if (path === '/gzip-bomb') {
        this.bomb ??= gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
        return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(this.bomb);
      }
      if (path === '/loop') return res.writeHead(301, { location: '/loop' }).end();
      const gz = /^\/gzip\/([\w-]+\.html)$/.exec(path);
      if (gz) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(readFileSync(join(DIR, gz[1]!))));
      if (path === '/not-html.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('just some words, no page at all\n');
      if (path === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 2000);
      if (path === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'word '.repeat(2000)}</p>`;
        for (let i = 0; i < 300; i++) res.write(chunk);
        return res.end();
      }
      if (path === '/binary.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
      if (path === '/broken-encoding.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(' au lait</p>')]));
      const name = path.slice(1);
      if (/^[\w-]+\.html$/.test(name)) {
        try {
          return file(name, 'text/html; charset=utf-8');
        } catch {
          /* falls through to 404 */
        }
      }
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    });
    await new Promise<void>((r) => this.server.listen(0, this.host, r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
