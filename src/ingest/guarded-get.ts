/**
 * The one place the bot opens a connection to fetch a page or a feed. Every hop of a request is checked before it
 * connects: http and https only; an IP address in the URL against the address policy; a host name resolved here,
 * every address it resolves to checked, and the socket connected to the checked address itself (so DNS cannot
 * answer one thing to the check and another to the connection). Redirects are followed by hand, each one checked
 * again. Failures are values.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AddressPolicy } from './address-policy.ts';

/** Resolves a host name to all its addresses (dns.lookup by default; tests pass their own). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface GuardOptions {
  policy?: AddressPolicy;
  resolve?: Resolver;
  maxRedirects?: number;
}

export interface GuardedResponse {
  status: number;
  statusText: string;
  /** The address finally answered, after redirects. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The body, decompressed (gzip, deflate, br) as it is read. */
  body: Readable;
}

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** A refusal by the guard, told apart from network errors. */
class Refused extends Error {
  readonly code = 'EREFUSED_BY_POLICY';
}

/** net's lookup hook: resolves, refuses the whole name if any address is not allowed, else connects to those checked. */
function guardedLookup(policy: AddressPolicy, resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = all.filter((a) => !family || a.family === family);
        const refused = addresses.map((a) => policy.refusal(a.address)).find((r) => r !== null);
        if (refused) return callback(new Refused(refused), '', 0);
        if (!addresses.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

function decompressed(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const stream = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  if (!stream) return res;
  res.on('error', (e) => stream.destroy(e));
  return res.pipe(stream);
}

/** Why an error ended a request, in the words ingest reports. */
export function describeError(e: unknown, timeoutMs: number): string {
  const err = e as NodeJS.ErrnoException;
  if (err instanceof Refused) return err.message;
  if (err.name === 'AbortError' || err.name === 'TimeoutError' || err.code === 'ABORT_ERR') return `no answer within ${timeoutMs / 1000} s`;
  return `unreachable (${err.code ?? err.message})`;
}

/**
 * GETs `url` through the guard, following up to `maxRedirects` redirects. Resolves with the final response (any
 * status but a redirect) or with the reason nothing was fetched.
 */
export async function guardedGet(url: string, headers: Record<string, string>, signal: AbortSignal, timeoutMs: number, o: GuardOptions = {}): Promise<{ ok: true; res: GuardedResponse } | { ok: false; error: string }> {
  const policy = o.policy ?? AddressPolicy.publicOnly();
  const lookup = guardedLookup(policy, o.resolve ?? systemResolver);
  let current = url;
  for (let hop = 0; hop <= (o.maxRedirects ?? 5); hop++) {
    let target: URL;
    try {
      target = new URL(current);
    } catch {
      return { ok: false, error: `not a valid address: ${current}` };
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return { ok: false, error: `refused: only http and https addresses are fetched (${target.protocol})` };
    // An address written as an IP (127.0.0.1, [::1], 0x7f000001, which URL normalises) connects without a lookup.
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const refused = policy.refusal(host);
      if (refused) return { ok: false, error: refused };
    }
    let res: IncomingMessage;
    try {
      res = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, { method: 'GET', headers, signal, lookup, agent: false }, resolve);
        req.on('error', reject);
        req.end();
      });
    } catch (e) {
      return { ok: false, error: describeError(e, timeoutMs) };
    }
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(res.statusCode ?? 0) && location) {
      res.resume();
      res.destroy();
      current = new URL(location, target).toString();
      continue;
    }
    signal.addEventListener('abort', () => res.destroy(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
    return { ok: true, res: { status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', url: target.toString(), headers: res.headers, body: decompressed(res) } };
  }
  return { ok: false, error: `too many redirects (more than ${o.maxRedirects ?? 5})` };
}
