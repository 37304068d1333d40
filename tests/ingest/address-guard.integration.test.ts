import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, type Outcome } from '../../src/ingest/ingest.ts';
import { pollFeeds } from '../../src/ingest/poll-feeds.ts';
import { fetchLimited } from '../../src/ingest/fetch-limited.ts';
import { AddressPolicy } from '../../src/ingest/address-policy.ts';
import { ingestCommand } from '../../src/cli/ingest-command.ts';
import { fetchPolicy, loadConfig } from '../../src/config.ts';
import { FixtureWeb } from '../helpers/fixture-web.ts';
import { captureIo } from '../helpers/io.ts';
import { quietLogger } from '../helpers/schedule.ts';

/** A server that must never be reached: it counts every connection made to it. */
class Trap {
  connections = 0;
  port = 0;
  private server: Server | null = null;
  async start(host: string): Promise<boolean> {
    const server = createServer((_, res) => res.end('internal secrets'));
    server.on('connection', () => this.connections++);
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(this.port, host, () => resolve(true));
    });
    if (!ok) return false;
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return true;
  }
  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((r) => this.server!.close(() => r()));
  }
}

const corpus = () => mkdtempSync(join(tmpdir(), 'corpus-'));
const reasons = (outcomes: Outcome[]) => Object.fromEntries(outcomes.map((o) => [o.input, o.status === 'added' ? 'added' : o.reason]));

// The fixture server listens on 127.0.0.2 and the policy allows that address alone, so the trap on 127.0.0.1 (and
// on ::1 where the machine has IPv6) stands for everything internal the bot must not read.
describe('the address guard', () => {
  const web = new FixtureWeb('127.0.0.2');
  const trap = new Trap();
  const trap6 = new Trap();
  const policy = AddressPolicy.allowing(['127.0.0.2']);
  const OPTS = { perHostDelayMs: 0, fetch: { policy, timeoutMs: 2000 } };
  let internal: string[] = [];

  beforeAll(async () => {
    await web.start();
    await trap.start('127.0.0.1');
    trap6.port = trap.port;
    await trap6.start('::1'); // where the machine has no IPv6, [::1] is refused all the same, with nothing to count
    const t = trap.port;
    internal = [
      `http://127.0.0.1:${t}/admin`,
      `http://localhost:${t}/admin`,
      `http://0x7f000001:${t}/admin`,
      `http://2130706433:${t}/admin`,
      `http://[::1]:${trap6.port}/admin`,
      `http://[::ffff:127.0.0.1]:${t}/admin`,
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      'http://10.0.0.1/',
      'http://172.16.5.4/',
      'http://192.168.1.1/',
      'http://[fc00::1]/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
    ];
  });

  afterAll(async () => {
    await web.stop();
    await trap.stop();
    await trap6.stop();
  });

  it('refuses loopback, link-local and private addresses named directly, before connecting', async () => {
    const r = await ingest(internal, corpus(), OPTS);
    if (!r.ok) throw new Error(r.error);
    for (const url of internal) expect(reasons(r.outcomes)[url], url).toMatch(/^refused: private address /);
    expect(reasons(r.outcomes)['http://169.254.169.254/latest/meta-data/iam/security-credentials/']).toBe('refused: private address 169.254.169.254 (only public addresses are fetched)');
    expect([trap.connections, trap6.connections]).toEqual([0, 0]);
  });

  it('refuses the same addresses, and non-http ones, behind a redirect from an allowed page', async () => {
    const targets = [...internal, 'file:///etc/passwd', 'data:text/html,<p>hello</p>'];
    const r = await ingest(targets.map((to) => web.url(`/redirect?to=${encodeURIComponent(to)}`)), corpus(), OPTS);
    if (!r.ok) throw new Error(r.error);
    const byTarget = targets.map((to) => reasons(r.outcomes)[web.url(`/redirect?to=${encodeURIComponent(to)}`)]);
    for (const [i, to] of internal.entries()) expect(byTarget[i], to).toMatch(/^refused: private address /);
    expect(byTarget.slice(-2)).toEqual(['refused: only http and https addresses are fetched (file:)', 'refused: only http and https addresses are fetched (data:)']);
    expect([trap.connections, trap6.connections]).toEqual([0, 0]);
  });

  it('refuses non-http addresses given to ingest', async () => {
    const r = await ingest(['file:///etc/passwd', 'data:text/html,<p>x</p>', 'gopher://example.com/'], corpus(), OPTS);
    if (!r.ok) throw new Error(r.error);
    expect(r.outcomes.map((o) => (o.status === 'added' ? o.status : o.reason))).toEqual([
      'refused: only http and https addresses are fetched (file:)',
      'refused: only http and https addresses are fetched (data:)',
      'refused: only http and https addresses are fetched (gopher:)',
    ]);
  });

  it('refuses, in feed polling, a private feed address and every private or non-http item link of a feed', async () => {
    const lines: string[] = [];
    const links = [...internal, 'file:///etc/passwd'];
    const feed = web.url(`/links.xml?${links.map((l) => `to=${encodeURIComponent(l)}`).join('&')}`);
    const added = await pollFeeds([feed, `http://127.0.0.1:${trap.port}/feed.xml`, 'http://169.254.169.254/feed.xml'], corpus(), quietLogger(lines), OPTS);
    expect(added).toBe(0);
    const failed = lines.map((l) => JSON.parse(l) as { input?: string; reason?: string }).filter((l) => l.reason);
    for (const url of [...internal, `http://127.0.0.1:${trap.port}/feed.xml`, 'http://169.254.169.254/feed.xml']) {
      expect(failed.find((l) => l.input === new URL(url).toString() || l.input === url)?.reason, url).toMatch(/^refused: private address /);
    }
    expect(failed.find((l) => l.input === 'file:///etc/passwd')?.reason).toBe('refused: only http and https addresses are fetched (file:)');
    expect([trap.connections, trap6.connections]).toEqual([0, 0]);
  });

  it('refuses, in feed polling, the same addresses behind a redirect, for a feed and for its items', async () => {
    const lines: string[] = [];
    const redirect = (to: string) => web.url(`/redirect?to=${encodeURIComponent(to)}`);
    const targets = [...internal, 'file:///etc/passwd', 'data:text/html,<p>hello</p>'];
    const feed = web.url(`/links.xml?${targets.map((t) => `to=${encodeURIComponent(redirect(t))}`).join('&')}`);
    const privateFeed = redirect(`http://127.0.0.1:${trap.port}/feed.xml`);
    const added = await pollFeeds([feed, privateFeed], corpus(), quietLogger(lines), OPTS);
    expect(added).toBe(0);
    const reason = new Map(lines.map((l) => JSON.parse(l) as { input?: string; reason?: string }).filter((l) => l.reason).map((l) => [l.input, l.reason]));
    for (const to of [...internal, `http://127.0.0.1:${trap.port}/feed.xml`]) expect(reason.get(redirect(to)), to).toMatch(/^refused: private address /);
    expect([reason.get(redirect('file:///etc/passwd')), reason.get(redirect('data:text/html,<p>hello</p>'))]).toEqual(['refused: only http and https addresses are fetched (file:)', 'refused: only http and https addresses are fetched (data:)']);
    expect([trap.connections, trap6.connections]).toEqual([0, 0]);
  });

  it('checks every address a name resolves to, and connects to the address it checked', async () => {
    const mixed = await fetchLimited(`http://news.test:${trap.port}/`, { policy, resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] });
    expect(mixed).toEqual({ ok: false, error: 'refused: private address 127.0.0.1 (only public addresses are fetched)' });
    expect(trap.connections).toBe(0);
    const pinned = await fetchLimited(`http://news.test:${web.port}/valley.html`, { policy, resolve: async () => [{ address: '127.0.0.2', family: 4 }] });
    expect(pinned).toMatchObject({ ok: true, status: 200 });
    expect(web.hits.at(-1)).toMatchObject({ path: '/valley.html', host: `news.test:${web.port}` });
  });

  it('fetches from a loopback server only when ALLOW_PRIVATE_FETCH names it', async () => {
    const dir = corpus();
    const refused = captureIo();
    expect(await ingestCommand(['--corpus', dir, web.url('/valley.html')], refused, { env: {} })).toBe(1);
    expect(refused.stdout).toBe(`failed  ${web.url('/valley.html')}: refused: private address 127.0.0.2 (only public addresses are fetched)\n`);
    const allowed = captureIo();
    expect(await ingestCommand(['--corpus', dir, web.url('/valley.html')], allowed, { env: { ALLOW_PRIVATE_FETCH: '127.0.0.2' } })).toBe(0);
    expect(allowed.stdout).toMatch(/^added {3}.* \(Valley News, 2031-03-04\)\n$/);
  });

  it('reads ALLOW_PRIVATE_FETCH as addresses and ranges, refusing anything else', () => {
    const c = loadConfig({ ALLOW_PRIVATE_FETCH: '10.0.0.0/8, fd00::/8' });
    if (!c.ok) throw new Error(c.error);
    const p = fetchPolicy(c.value);
    expect([p.refusal('10.2.3.4'), p.refusal('fd00::5'), p.refusal('8.8.8.8')]).toEqual([null, null, null]);
    expect(p.refusal('127.0.0.1')).toMatch(/^refused/);
    const unset = loadConfig({});
    if (!unset.ok) throw new Error(unset.error);
    expect(fetchPolicy(unset.value).refusal('127.0.0.1')).toMatch(/^refused/);
    const bad = loadConfig({ ALLOW_PRIVATE_FETCH: '1' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('ALLOW_PRIVATE_FETCH');
  });
});
