import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DIGEST_EVENT_TYPE } from '../../src/platforms/slack/publisher.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { FakeDiscord } from '../helpers/fake-discord.ts';
import { databases, type TestDatabase } from '../helpers/databases.ts';
import { ROOT } from '../helpers/corpus.ts';

const DATE = '2025-05-24';
const AT_SLOT = '2025-05-24T05:00:00Z'; // 08:00 in Kyiv
const LEASED = '2025-05-24T05:05:00Z'; // the first claim's 10-minute lease still holds
const LAPSED = '2025-05-24T05:11:00Z'; // it has lapsed

/** Runs tests/helpers/post-child.ts: one tick of a bot process at `instant`. */
function child(db: string, platform: 'slack' | 'discord', api: string, instant: string, owner: string) {
  const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'post-child.ts'), db, platform, api, instant, owner], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  p.stdout.on('data', (d) => (out += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; report: unknown }>((resolve) => p.on('exit', (code, signal) => resolve({ code, signal, report: out ? JSON.parse(out) : null })));
  return { p, exited };
}

/** A subscription of one channel to the 08:00 Kyiv digest, in a fresh database; returns the database and its id. */
async function subscribed(make: () => Promise<TestDatabase>, platform: 'slack' | 'discord', workspace: string, channel: string) {
  const db = await make();
  const store = await db.open();
  const { id } = await store.subscribe({ platform, workspace, channel, time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'admin', createdAt: '2025-01-01T00:00:00.000Z' });
  return { db, store, id };
}

/**
 * After the first process is killed with SIGKILL, a process whose claim is still leased does nothing, and one that
 * comes after the lease lapsed takes the delivery over and finishes it.
 */
async function takeOver(db: TestDatabase, platform: 'slack' | 'discord', api: string) {
  expect((await child(db.url, platform, api, LEASED, 'early').exited).report).toEqual({ posted: 0, failed: 0 });
  await db.lapseLeases();
  expect((await child(db.url, platform, api, LAPSED, 'second').exited).report).toEqual({ posted: 1, failed: 0 });
}

describe.each(databases)('a bot process killed mid-post, on %s', (dbName, make, skip) => {
  const title = (t: string) => (skip ? `${t} (skipped: ${skip})` : t);
  const tag = dbName === 'PostgreSQL' ? 'PG' : 'LITE';

  describe('on Slack', () => {
    const fake = new FakeSlack();
    beforeAll(() => fake.start());
    afterAll(() => fake.stop());
    const pictures = (channel: string) => (fake.history.get(channel) ?? []).filter((m) => m.files?.some((f) => f.name === `coverage-${DATE}.png`));

    it.skipIf(skip)(
      title('when Slack accepted the message and the process died before the ledger recorded it, the next process finds it: one message, one picture'),
      async () => {
        const channel = `C${tag}ACCEPT`;
        const { db, store, id } = await subscribed(make, 'slack', 'T0001', channel);
        fake.fault = (body) => (body.channel === channel ? 'hold' : null);
        const first = child(db.url, 'slack', fake.apiUrl, AT_SLOT, 'first');
        await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel, 30_000);
        first.p.kill('SIGKILL');
        expect((await first.exited).signal).toBe('SIGKILL');
        fake.fault = null;
        expect(fake.messagesWithMetadata(channel, DIGEST_EVENT_TYPE)).toHaveLength(1); // Slack has it…
        expect(await store.deliveredParts(id, DATE)).toEqual([]); // …the ledger does not
        expect(await store.delivery(id, DATE)).toMatchObject({ status: 'claimed', claimedBy: 'first' });

        await takeOver(db, 'slack', fake.apiUrl);
        const posted = fake.messagesWithMetadata(channel, DIGEST_EVENT_TYPE);
        expect(posted).toHaveLength(1);
        expect(posted[0]!.metadata!.event_payload).toEqual({ key: `${id}/${DATE}/0`, part: 0 });
        expect(pictures(channel)).toHaveLength(1);
        expect(await store.delivery(id, DATE)).toMatchObject({ status: 'sent', claimedBy: 'second', attempts: 2, messageId: posted[0]!.ts });
        expect((await store.deliveredParts(id, DATE)).map((p) => [p.part, p.messageId])).toEqual([
          [0, posted[0]!.ts],
          [1, 'coverage-picture'],
        ]);
        await store.close();
        await db.done();
      },
      90_000,
    );

    it.skipIf(skip)(
      title('when the process died between parts, the next process posts the picture without posting the message again'),
      async () => {
        const channel = `C${tag}PARTS`;
        const { db, store, id } = await subscribed(make, 'slack', 'T0001', channel);
        fake.hang = /^\/api\/files\.getUploadURLExternal$/;
        const since = fake.calls.length;
        const first = child(db.url, 'slack', fake.apiUrl, AT_SLOT, 'first');
        await fake.waitFor((c) => c.path === '/api/files.getUploadURLExternal' && fake.calls.indexOf(c) >= since, 30_000); // part 2 under way
        first.p.kill('SIGKILL');
        expect((await first.exited).signal).toBe('SIGKILL');
        fake.hang = null;
        expect(await store.delivery(id, DATE)).toMatchObject({ status: 'claimed', claimedBy: 'first' });
        expect((await store.deliveredParts(id, DATE)).map((p) => p.part)).toEqual([0]);

        await takeOver(db, 'slack', fake.apiUrl);
        expect(fake.messagesWithMetadata(channel, DIGEST_EVENT_TYPE)).toHaveLength(1);
        expect(pictures(channel)).toHaveLength(1);
        expect(await store.delivery(id, DATE)).toMatchObject({ status: 'sent', claimedBy: 'second', attempts: 2 });
        expect((await store.deliveredParts(id, DATE)).map((p) => p.part)).toEqual([0, 1]);
        await store.close();
        await db.done();
      },
      90_000,
    );
  });

  describe('on Discord', () => {
    const fake = new FakeDiscord();
    beforeAll(() => fake.start());
    afterAll(() => fake.stop());

    it.skipIf(skip)(
      title('when Discord accepted the message and the process died before the ledger recorded it, the next process finds it by its marker: one message'),
      async () => {
        const channel = tag === 'PG' ? '500000000000000001' : '500000000000000002';
        const { db, store, id } = await subscribed(make, 'discord', '222222222222222222', channel);
        const path = `/api/v10/channels/${channel}/messages`;
        fake.fault = () => 'hold';
        const first = child(db.url, 'discord', fake.api, AT_SLOT, 'first');
        await fake.waitFor((r) => r.method === 'POST' && r.path === path && r.status === 0, 30_000);
        first.p.kill('SIGKILL');
        expect((await first.exited).signal).toBe('SIGKILL');
        fake.fault = null;
        expect(fake.messagesHolding(channel, 'digestbot ref')).toHaveLength(1);
        expect(await store.deliveredParts(id, DATE)).toEqual([]);

        await takeOver(db, 'discord', fake.api);
        const posted = fake.messagesHolding(channel, 'digestbot ref');
        expect(posted).toHaveLength(1);
        expect((posted[0]!.body as { content: string }).content.split('\n').at(-1)).toBe(`-# digestbot ref ${id}/${DATE}/0`);
        expect(fake.requests.some((r) => r.method === 'GET' && r.path === path)).toBe(true); // it looked before posting
        expect(await store.delivery(id, DATE)).toMatchObject({ status: 'sent', claimedBy: 'second', attempts: 2, messageId: posted[0]!.id });
        await store.close();
        await db.done();
      },
      90_000,
    );
  });
});
