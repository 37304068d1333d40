/**
 * HTTP GET with the limits a polite, robust fetcher needs: a timeout, a size cap read while streaming, conditional
 * requests (ETag / Last-Modified) and a charset-aware decode that refuses broken encodings. Failures are values.
 */
export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  etag?: string | null;
  lastModified?: string | null;
  userAgent?: string;
}

export type Fetched =
  | { ok: true; status: 200; url: string; contentType: string; body: string; etag: string | null; lastModified: string | null }
  | { ok: true; status: 304; url: string }
  | { ok: false; error: string };

export const DEFAULT_FETCH = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, userAgent: 'digestbot/0.1 (+https://github.com/digestbot)' };

export async function fetchLimited(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...DEFAULT_FETCH, ...opts };
  const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5' };
  if (o.etag) headers['if-none-match'] = o.etag;
  if (o.lastModified) headers['if-modified-since'] = o.lastModified;
  let res: Response;
  try {
    res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(o.timeoutMs) });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return { ok: false, error: `no answer within ${o.timeoutMs / 1000} s` };
    return { ok: false, error: `unreachable (${err.cause?.code ?? err.message})` };
  }
  if (res.status === 304) return { ok: true, status: 304, url: res.url || url };
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, error: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
  }
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > o.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, error: `too large (${declared} bytes; the limit is ${o.maxBytes})` };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > o.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, error: `too large (more than ${o.maxBytes} bytes)` };
      }
      chunks.push(value);
    }
  } catch (e) {
    const err = e as Error;
    return { ok: false, error: err.name === 'TimeoutError' || err.name === 'AbortError' ? `no answer within ${o.timeoutMs / 1000} s` : `connection broke (${err.message})` };
  }
  const bytes = Buffer.concat(chunks);
  const contentType = res.headers.get('content-type') ?? '';
  const decoded = decode(bytes, contentType);
  if (!decoded.ok) return decoded;
  return { ok: true, status: 200, url: res.url || url, contentType, body: decoded.text, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
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
