/**
 * HTTP GET with the limits a polite, robust fetcher needs: a timeout, a size cap read while streaming, conditional
 * requests (ETag / Last-Modified) and a charset-aware decode that refuses broken encodings, through the address guard
 * (guarded-get.ts). Failures are values.
 */
import { MAX_ARTICLE_BYTES } from '../corpus/load-corpus.ts';
import { guardedGet, type GuardOptions } from './guarded-get.ts';

export interface FetchOptions extends GuardOptions {
  timeoutMs?: number;
  maxBytes?: number;
  etag?: string | null;
  lastModified?: string | null;
  userAgent?: string;
  /** Interrupts the request (the reason given is then "interrupted"). */
  signal?: AbortSignal;
}

export type Fetched =
  | { ok: true; status: 200; url: string; contentType: string; body: string; etag: string | null; lastModified: string | null }
  | { ok: true; status: 304; url: string }
  | { ok: false; error: string };

export const DEFAULT_FETCH = { timeoutMs: 15_000, maxBytes: MAX_ARTICLE_BYTES, userAgent: 'digestbot/0.1 (+https://github.com/digestbot)' };

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export async function fetchLimited(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...DEFAULT_FETCH, ...opts };
  const headers: Record<string, string> = {
    'user-agent': o.userAgent,
    accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (o.etag) headers['if-none-match'] = o.etag;
  if (o.lastModified) headers['if-modified-since'] = o.lastModified;
  const timeout = AbortSignal.timeout(o.timeoutMs);
  const signal = o.signal ? AbortSignal.any([timeout, o.signal]) : timeout;
  const got = await guardedGet(url, headers, signal, o.timeoutMs, o);
  if (!got.ok) return o.signal?.aborted ? { ok: false, error: 'interrupted' } : got;
  const res = got.res;
  if (res.status === 304) {
    res.body.destroy();
    return { ok: true, status: 304, url: res.url };
  }
  if (res.status < 200 || res.status > 299) {
    res.body.destroy();
    return { ok: false, error: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
  }
  const declared = Number(header(res.headers['content-length']) ?? '0');
  if (declared > o.maxBytes) {
    res.body.destroy();
    return { ok: false, error: `too large (${declared} bytes; the limit is ${o.maxBytes})` };
  }
  // The cap counts bytes after decompression, so a small gzip bomb stops at the limit too.
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      size += (chunk as Buffer).byteLength;
      if (size > o.maxBytes) {
        res.body.destroy();
        return { ok: false, error: `too large (more than ${o.maxBytes} bytes)` };
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (o.signal?.aborted) return { ok: false, error: 'interrupted' };
    return { ok: false, error: signal.aborted ? `no answer within ${o.timeoutMs / 1000} s` : `connection broke (${(e as Error).message})` };
  }
  const contentType = header(res.headers['content-type']) ?? '';
  const decoded = decode(Buffer.concat(chunks), contentType);
  if (!decoded.ok) return decoded;
  return { ok: true, status: 200, url: res.url, contentType, body: decoded.text, etag: header(res.headers.etag), lastModified: header(res.headers['last-modified']) };
}

/** Decodes bytes by the declared charset (default UTF-8); a body that is binary or not valid text is refused. */
export function decode(bytes: Buffer, contentType: string): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length === 0) return { ok: false, error: 'empty response' };
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, error: 'binary content, not text' };
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(charset, { fatal: true }).decode(bytes) };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, error: `unknown charset "${charset}"` };
    return { ok: false, error: `broken ${charset} encoding` };
  }
}
