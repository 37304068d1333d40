import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLimited } from '../../src/ingest/fetch-limited.ts';
import { AddressPolicy } from '../../src/ingest/address-policy.ts';
import { FixtureWeb } from '../helpers/fixture-web.ts';

describe('fetching a page', () => {
  const web = new FixtureWeb();
  const opts = { policy: AddressPolicy.allowing(['127.0.0.1']), maxBytes: 1_000_000, timeoutMs: 2000 };

  beforeAll(() => web.start());
  afterAll(() => web.stop());

  it('decompresses a gzip body', async () => {
    const r = await fetchLimited(web.url('/gzip/valley.html'), opts);
    expect(r).toMatchObject({ ok: true, status: 200, body: expect.stringContaining('Valley News') });
  });

  it('stops a gzip bomb at the size cap, counted after decompression', async () => {
    expect(await fetchLimited(web.url('/gzip-bomb'), opts)).toEqual({ ok: false, error: 'too large (more than 1000000 bytes)' });
  });

  it('follows a redirect to an allowed address, and gives up on a redirect loop', async () => {
    expect(await fetchLimited(web.url(`/redirect?to=${encodeURIComponent('/valley.html')}`), opts)).toMatchObject({ ok: true, url: web.url('/valley.html') });
    expect(await fetchLimited(web.url('/loop'), opts)).toEqual({ ok: false, error: 'too many redirects (more than 5)' });
  });
});
