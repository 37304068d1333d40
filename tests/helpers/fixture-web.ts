/**
 * A local web server for ingest tests: fixture pages with real-world clutter, an RSS and an Atom feed, and the
 * failures an ingest must survive (404, a slow answer, an oversized body, binary data, broken encoding).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './corpus.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'web');

export class FixtureWeb {
  private server!: Server;
  port = 0;
  readonly hits: { path: string; at: number; ifNoneMatch: string | null }[] = [];

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      this.hits.push({ path, at: Date.now(), ifNoneMatch: (req.headers['if-none-match'] as string) ?? null });
      const file = (name: string, type: string, etag?: string) => {
        if (etag && req.headers['if-none-match'] === etag) return res.writeHead(304).end();
        const body = readFileSync(join(DIR, name), 'utf8').replaceAll('http://HOST', `http://127.0.0.1:${this.port}`);
        res.writeHead(200, { 'content-type': type, ...(etag ? { etag } : {}) }).end(body);
      };
      if (path === '/rss.xml') return file('rss.xml', 'application/rss+xml; charset=utf-8', '"rss-v1"');
      if (path === '/atom.xml') return file('atom.xml', 'application/atom+xml', '"atom-v1"');
      if (path === '/bad-feed.xml') return file('bad-feed.xml', 'application/rss+xml');
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
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
