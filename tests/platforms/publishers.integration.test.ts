import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../src/platforms/discord/bot.ts';
import { DiscordPublisher, markerLine, nonceOf } from '../../src/platforms/discord/publisher.ts';
import { startSlack, type SlackBot } from '../../src/platforms/slack/app.ts';
import { DIGEST_EVENT_TYPE, SlackPublisher } from '../../src/platforms/slack/publisher.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { APP_ID, FakeDiscord, GUILD_ID } from '../helpers/fake-discord.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { seedService } from '../helpers/bot.ts';
import { quietLogger, tempDb } from '../helpers/schedule.ts';
import { decodePng } from '../helpers/png.ts';

// The daily digest travels through the real clients: the scheduler, the platform publishers, the fake platforms.
describe('scheduled digests posted through the real clients', () => {
  const discordFake = new FakeDiscord();
  const slackFake = new FakeSlack();
  let discord: DiscordBot;
  let slack: SlackBot;
  const store = new SqliteStore(tempDb());

  beforeAll(async () => {
    await discordFake.start();
    await slackFake.start();
    const { service } = await seedService();
    const logger = quietLogger();
    const common = { commandName: 'swap', service, logger, today: () => '2025-05-24' };
    discord = await startDiscord({ ...common, config: { token: 'fake-bot-token-0123456789.abcdef', applicationId: APP_ID, guildId: GUILD_ID, apiUrl: discordFake.api } });
    slack = await startSlack({ ...common, config: { botToken: 'xoxb-fake-0123456789', signingSecret: 'fake-signing-secret-0123', appToken: null, apiUrl: slackFake.apiUrl, port: 0, admins: [] } });
  });

  afterAll(async () => {
    await discord?.stop();
    await slack?.stop();
    await discordFake.stop();
    await slackFake.stop();
    await store.close();
  });

  it('posts each subscribed channel’s digest once, on Discord with no mentions and on Slack with a text fallback', async () => {
    const created = '2025-01-01T00:00:00.000Z';
    await store.subscribe({ platform: 'discord', workspace: GUILD_ID, channel: '444444444444444444', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'admin', createdAt: created });
    await store.subscribe({ platform: 'slack', workspace: 'T0001', channel: 'C0NEWS', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'admin', createdAt: created });
    const { service } = await seedService();
    const lines: string[] = [];
    const scheduler = new Scheduler({
      store,
      publishers: [new DiscordPublisher(discord.client), new SlackPublisher(slack.app.client, quietLogger(lines))],
      digestFor: (date) => service.digest(date),
      logger: quietLogger(lines),
      clock: () => new Date('2025-05-24T05:00:00Z'),
    });
    expect(await scheduler.tick(), lines.join('\n')).toEqual({ posted: 2, failed: 0 });
    expect(await scheduler.tick()).toEqual({ posted: 0, failed: 0 });

    // Discord: one compact message, a Sources button per line and the coverage picture attached.
    const posts = discordFake.requests.filter((r) => r.method === 'POST' && r.path === '/api/v10/channels/444444444444444444/messages');
    expect(posts).toHaveLength(1);
    const post = posts[0]!.body as { allowed_mentions: { parse: string[] }; embeds: { image?: { url: string } }[]; components: { components: { custom_id: string }[] }[] };
    expect(post.allowed_mentions.parse).toEqual([]);
    expect(post.embeds[0]!.image).toEqual({ url: 'attachment://coverage.png' });
    expect(post.components[0]!.components[0]!.custom_id).toMatch(/^dg1:src:f:2025-05-24:fact-/);
    expect(decodePng(posts[0]!.files![0]!.data).width).toBeGreaterThan(600);
    const slackPosts = slackFake.calls.filter((c) => c.path === '/api/chat.postMessage');
    expect(slackPosts.length).toBeGreaterThanOrEqual(1);
    for (const p of slackPosts) expect(p.body).toMatchObject({ channel: 'C0NEWS', text: expect.stringContaining('Key facts') });
    // Slack: the compact message, then the coverage picture uploaded to the same channel.
    const upload = slackFake.calls.find((c) => c.path.startsWith('/upload/'))!;
    expect(decodePng(upload.bytes!).width).toBeGreaterThan(600);
    expect((slackFake.calls.find((c) => c.path === '/api/files.completeUploadExternal')!.body as { channel_id: string }).channel_id).toBe('C0NEWS');
    expect((await store.deliveries()).map((d) => [d.status, d.messageId !== null])).toEqual([
      ['sent', true],
      ['sent', true],
    ]);
  });

  it('on Discord, marks each digest with its ledger key and sends it with a nonce, so a 500 after Discord accepted it does not post it twice', async () => {
    const channel = '444444444444444445';
    const sub = await store.subscribe({ platform: 'discord', workspace: GUILD_ID, channel, time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'admin', createdAt: '2025-01-01T00:00:00.000Z' });
    const { service } = await seedService();
    let faults = 1;
    discordFake.fault = () => (faults-- > 0 ? { status: 500, accepted: true } : null);
    const scheduler = new Scheduler({ store, publishers: [new DiscordPublisher(discord.client)], digestFor: (date) => service.digest(date), logger: quietLogger(), clock: () => new Date('2025-05-24T05:00:00Z') });
    expect(await scheduler.tick()).toEqual({ posted: 1, failed: 0 });
    discordFake.fault = null;
    // @discordjs/rest retried the 500 by itself; the nonce made Discord return the message it already had.
    const posts = discordFake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channel}/messages`);
    expect(posts.map((p) => [p.status, (p.body as { nonce: string; enforce_nonce: boolean }).nonce, (p.body as { enforce_nonce: boolean }).enforce_nonce])).toEqual([
      [500, nonceOf({ subscriptionId: sub.id, localDate: '2025-05-24', part: 0 }), true],
      [200, nonceOf({ subscriptionId: sub.id, localDate: '2025-05-24', part: 0 }), true],
    ]);
    const kept = discordFake.messagesHolding(channel, `-# digestbot ref ${sub.id}/2025-05-24/0`);
    expect(kept).toHaveLength(1);
    expect(await store.delivery(sub.id, '2025-05-24')).toMatchObject({ status: 'sent', messageId: kept[0]!.id });
  });

  it('on Discord, finds a digest message by its marker only among the bot’s own messages', async () => {
    const channel = '444444444444444446';
    const publisher = new DiscordPublisher(discord.client);
    const key = { subscriptionId: 9, localDate: '2025-05-24', part: 0 };
    const post = { message: { content: 'Key facts', embeds: [] }, png: null };
    const sub = { ...(await store.subscriptions())[0]!, channel };
    // A member pasted the marker line: not the bot's message, so the digest is still to be posted.
    const member = { id: '555555555555555555', username: 'reader', discriminator: '0', avatar: null };
    discordFake.accepted.push({ channel, id: '100000000000099999', nonce: null, body: { content: markerLine(key), author: member } });
    expect(await publisher.findPosted(sub, post, key)).toBeNull();
    const { messageId } = await publisher.send(sub, post, key);
    expect(await publisher.findPosted(sub, post, key)).toEqual({ messageId });
  });

  it('on Slack, finds a digest message by its metadata only among the bot’s own messages', async () => {
    const channel = 'C0OTHERS';
    const publisher = new SlackPublisher(slack.app.client, quietLogger());
    const key = { subscriptionId: 9, localDate: '2025-05-24', part: 0 };
    const post = { kind: 'message' as const, message: { text: 'Key facts', blocks: [] } };
    // Someone else's app copied the metadata: it is not ours, so the digest is still to be posted.
    slackFake.history.set(channel, [{ type: 'message', ts: '1716530000.000001', user: 'UOTHER', bot_id: 'BOTHER', metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: '9/2025-05-24/0', part: 0 } } }]);
    expect(await publisher.findPosted({ ...(await store.subscriptions())[0]!, channel }, post, key)).toBeNull();
    const { messageId } = await publisher.send({ ...(await store.subscriptions())[0]!, channel }, post, key);
    expect(slackFake.calls.filter((c) => c.path === '/api/chat.postMessage').at(-1)!.body.metadata).toBe(JSON.stringify({ event_type: DIGEST_EVENT_TYPE, event_payload: { key: '9/2025-05-24/0', part: 0 } }));
    expect(await publisher.findPosted({ ...(await store.subscriptions())[0]!, channel }, post, key)).toEqual({ messageId });
    expect(slackFake.calls.filter((c) => c.path === '/api/conversations.history').at(-1)!.body).toMatchObject({ channel, include_all_metadata: 'true' });
  });
});
