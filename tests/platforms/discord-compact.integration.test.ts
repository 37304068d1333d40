import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../src/platforms/discord/bot.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { keyFacts } from '../../src/platforms/compact.ts';
import { quotesByOutlet } from '../../src/engine/render-markdown.ts';
import { APP_ID, FakeDiscord, GUILD_ID, type Recorded } from '../helpers/fake-discord.ts';
import { seedDeps, seedService } from '../helpers/bot.ts';
import { tempDb } from '../helpers/schedule.ts';
import { decodePng } from '../helpers/png.ts';

const TOKEN = 'fake-bot-token-0123456789.abcdefghijklmnop';
type Button = { type: number; label: string; custom_id: string; style: number };
type Body = { content?: string; flags?: number; embeds: { title?: string; description?: string; image?: { url: string }; fields?: { name: string; value: string }[] }[]; components?: { components: Button[] }[]; allowed_mentions: { parse: string[] } };

// The compact digest, "Sources" and feedback buttons through the real discord.js client and a fake Discord.
describe('the compact digest and its buttons on Discord', () => {
  const fake = new FakeDiscord();
  const path = tempDb();
  let store = new SqliteStore(path);
  let bot: DiscordBot;
  const start = async (today: string) => startDiscord({ ...(await seedDeps(today, store)), config: { token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.api } });

  beforeAll(async () => {
    await fake.start();
    bot = await start('2025-05-24');
  });

  afterAll(async () => {
    await bot?.stop();
    await fake.stop();
    await store.close();
  });

  const reply = async (sent: { id: string; token: string }): Promise<{ callback: Recorded; edit: Recorded; body: Body }> => {
    const callback = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${sent.id}/${sent.token}/callback`);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${sent.token}/messages/@original`) && r.status === 200, 10_000);
    return { callback, edit, body: edit.body as Body };
  };
  const command = (sub: string, options: { name: string; value: string }[] = [], permissions = '0') => reply(fake.dispatchCommand('swap', sub, options, permissions));
  const click = (customId: string, user = '555555555555555555') => reply(fake.dispatchButton(customId, { user }));
  const buttons = (b: Body) => (b.components ?? []).flatMap((r) => r.components);

  let factButtons: Button[] = [];
  let answerButtons: Button[] = [];

  it('posts /swap facts in the compact form, with the coverage picture attached as a PNG', async () => {
    const { body, edit } = await command('facts');
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(body.embeds[0]!.image).toEqual({ url: 'attachment://coverage.png' });
    expect(edit.files).toHaveLength(1);
    expect(edit.files![0]!.name).toBe('coverage.png');
    const { width, height } = decodePng(edit.files![0]!.data);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
    // Within Discord's component limits: 5 rows of 5, ids of at most 100 characters.
    expect(body.components!.length).toBeLessThanOrEqual(5);
    for (const row of body.components!) expect(row.components.length).toBeLessThanOrEqual(5);
    factButtons = buttons(body);
    for (const b of factButtons) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    expect(factButtons.map((b) => b.label).slice(0, 3)).toEqual(['Sources 1', 'Sources 2', 'Sources 3']);
    expect(factButtons.some((b) => b.label.startsWith('⚖️ people killed'))).toBe(true);
  });

  it('shows a fact’s quotes to the clicker only when they click its Sources button', async () => {
    const { service } = await seedService();
    const fact = keyFacts(service.digest('2025-05-24'), 10)[0]!;
    const { callback, body } = await click(factButtons[0]!.custom_id);
    expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } }); // deferred, ephemeral
    const description = body.embeds[0]!.description!;
    for (const s of quotesByOutlet(fact.sources)) expect(description).toContain(`**${s.outlet}**`);
    expect(description).toContain('Zelensky');
    expect(buttons(body).map((b) => b.label)).toEqual(['👍', '👎', 'Wrong attribution']);
  });

  it('shows a disagreement’s sides with their quotes', async () => {
    const { body } = await click(factButtons.find((b) => b.label.startsWith('⚖️'))!.custom_id);
    expect(body.embeds[0]!.title).toBe('Outlets disagree: people killed (Odesa)');
    expect(body.embeds[0]!.fields!.map((f) => f.name)).toEqual([expect.stringMatching(/^1 person: Arab News/), expect.stringMatching(/^2 workers: The Associated Press/)]);
  });

  it('puts the quotes of an answer behind its Sources button', async () => {
    const { body } = await command('ask', [{ name: 'question', value: 'who confirmed 120 civilians?' }]);
    answerButtons = buttons(body);
    const sources = await click(answerButtons[0]!.custom_id);
    expect(sources.body.embeds[0]!.fields!.map((f) => f.name)).toEqual(["Clash Report (Russia's Defense Ministry)", "rki.news (Russia's Defense Ministry)"]);
  });

  it('stores one vote per person and item, changeable, acknowledged to the clicker with the counts', async () => {
    const sources = await click(factButtons[0]!.custom_id);
    const [up, down, wrong] = buttons(sources.body);
    const first = await click(up!.custom_id, '500000000000000001');
    expect(first.callback.body).toMatchObject({ data: { flags: 64 } });
    expect(first.body.content).toBe('Thanks: recorded 👍 on this fact. Votes so far: 1 👍 · 0 👎 · 0 wrong attribution.');
    expect((await click(up!.custom_id, '500000000000000001')).body.content).toMatch(/^You had already voted 👍 on this fact; nothing changed\./);
    expect((await click(down!.custom_id, '500000000000000001')).body.content).toBe('Changed your vote on this fact to 👎. Votes so far: 0 👍 · 1 👎 · 0 wrong attribution.');
    expect((await click(wrong!.custom_id, '500000000000000002')).body.content).toContain('1 👎 · 1 wrong attribution');
    await click(answerButtons.find((b) => b.label === 'Wrong attribution')!.custom_id, '500000000000000002');
    const report = await store.feedback('discord', GUILD_ID, 10);
    expect(report).toHaveLength(2);
    expect(report[0]).toMatchObject({ kind: 'fact', up: 0, down: 1, wrong_attribution: 1 });
    expect(report[0]!.quote).toBeTruthy();
    expect(report[1]).toMatchObject({ kind: 'answer', label: '“who confirmed 120 civilians?” → Russia\'s Defense Ministry', wrong_attribution: 1, outlet: 'Clash Report' });
  });

  it('lists the most-reported items with /swap feedback for server managers, and refuses others', async () => {
    const refused = await command('feedback', [], '0');
    expect(refused.callback.body).toMatchObject({ data: { flags: 64 } });
    expect(refused.body.content).toBe('Only people who manage this server or workspace can see the feedback report.');
    const { body } = await command('feedback', [], '32');
    expect(body.embeds[0]!.title).toBe('Most-reported facts and answers');
    expect(body.embeds[0]!.description).toMatch(/^1\. Fact: .*\n {3}1 👎 · 1 wrong attribution · 0 👍 \(last 2025-05-24\)\n {3}.+: “/);
    expect(body.embeds[0]!.description).toContain('2. Answer: “who confirmed 120 civilians?” → Russia\'s Defense Ministry');
  });

  it('answers a click on a message sent before a restart, from the store', async () => {
    await bot.stop();
    await store.close();
    store = new SqliteStore(path);
    bot = await start('2025-05-25'); // the next day: the clicked digest is no longer today's
    const fact = await click(factButtons[1]!.custom_id);
    expect(fact.body.embeds[0]!.title).toMatch(/^Corroborated · 5 outlets/);
    const answer = await click(answerButtons[0]!.custom_id);
    expect(answer.body.embeds[0]!.title).toBe('Answer');
  });

  it('says clearly when the clicked digest no longer exists, or the button is not one it knows', async () => {
    expect((await click('dg1:src:f:2025-01-01:fact-0000000')).body.content).toBe('The digest of 2025-01-01 is no longer available, so its sources cannot be shown. `/swap facts` shows today’s.');
    expect((await click('dg1:src:f:2025-05-24:fact-zzzzzzz')).body.content).toBe('That item is no longer in the digest of 2025-05-24. `/swap facts` shows today’s.');
    expect((await click('dg1:src:a:a-000000000000')).body.content).toBe('That answer is no longer available; ask again with `/swap ask`.');
    expect((await click('dg1:nonsense')).body.content).toMatch(/^This button is from an older version/);
  });
});
