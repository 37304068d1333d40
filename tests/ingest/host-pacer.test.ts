import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostPacer } from '../../src/ingest/ingest.ts';

afterEach(() => vi.useRealTimers());

describe('the per-host pacer', () => {
  it('spaces requests to one host by the delay, and leaves other hosts alone', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-03-04T00:00:00Z'));
    const pacer = new HostPacer(1000);
    await pacer.wait('http://a.test/1');
    let second = false;
    void pacer.wait('http://a.test/2').then(() => (second = true));
    await pacer.wait('http://b.test/1'); // another host: no wait
    await vi.advanceTimersByTimeAsync(999);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(second).toBe(true);
  });
});
