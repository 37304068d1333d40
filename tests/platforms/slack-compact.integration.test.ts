import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackBot } from '../../src/platforms/slack/app.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { keyFacts } from '../../src/platforms/compact.ts';
import { quotesByOutlet } from '../../src/engine/render-markdown.ts';
import { blockActionBody, FakeSlack, sign, signedRequest, slashCommandBody } from '../helpers/fake-slack.ts';
import { seedDeps, seedService } from '../helpers/bot.ts';
import { tempDb } from '../helpers/schedule.ts';
import { decodePng } from '../helpers/png.ts';

const SECRET = 'fake-signing-secret-0123456789';
const FORM = { contentType: 'application/x-www-form-urlencoded' };
type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; text: string | { text: string } }[]; accessory?: { action_id: string; text: { text: string } }; fields?: unknown };
type Posted = { response_type?: string; replace_original?: boolean; text: string; blocks?: Block[] };
const allText = (blocks: Block[] = []) => JSON.stringify(blocks);

// The compact digest, "Sources" and feedback buttons through the real Bolt app, every request signed.
describe('the compact digest and its buttons on Slack', () => {
  const fake = new FakeSlack();
  const path = tempDb();
  let store = new SqliteStore(path);
  let bot: SlackBot;
  const start = async (today: string) => startSlack({ ...(await seedDeps(today, store)), config: { botToken: 'xoxb-fake-bot-token-0123456789', signingSecret: SECRET, appToken: null, apiUrl: fake.apiUrl, port: 0, admins: [] } });

  beforeAll(async () => {
    await fake.start();
    fake.users = { U0ADMIN: { is_admin: true } };
    bot = await start('2025-05-24');
  });

  afterAll(async () => {
    await bot?.stop();
    await fake.stop();
    await store.close();
  });

  async function command(text: string, user = 'U0READER'): Promise<Posted> {
    const url = fake.newResponseUrl();
    expect((await signedRequest(bot.port!, SECRET, slashCommandBody('/swap', text, url, user), FORM)).status).toBe(200);
    return (await fake.waitFor((c) => c.path === new URL(url).pathname)).body as Posted;
  }
  async function click(actionId: string, user = 'U0READER'): Promise<Posted> {
    const url = fake.newResponseUrl();
    const res = await signedRequest(bot.port!, SECRET, blockActionBody(actionId, url, user), FORM);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    return (await fake.waitFor((c) => c.path === new URL(url).pathname)).body as Posted;
  }
  const actionIds = (blocks: Block[] = []) => blocks.flatMap((b) => [...(b.accessory ? [b.accessory.action_id] : []), ...(b.type === 'actions' ? b.elements!.map((e) => e.action_id!) : [])]);

  let factIds: string[] = [];
  let answerIds: string[] = [];

  it('posts /swap facts in the compact form, then the coverage picture to the channel', async () => {
    const posted = await command('facts');
    expect(posted.response_type).toBe('in_channel');
    factIds = actionIds(posted.blocks);
    expect(factIds).toHaveLength(11);
    for (const id of factIds) expect(id.length).toBeLessThanOrEqual(255);
    const complete = await fake.waitFor((c) => c.path === '/api/files.completeUploadExternal');
    expect(complete.body).toMatchObject({ channel_id: 'C0NEWS' });
    const upload = fake.calls.find((c) => c.path.startsWith('/upload/'))!;
    const { width, height } = decodePng(upload.bytes!);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
  });

  it('verifies a click like every request: a bad signature gets 401 and nothing is answered', async () => {
    const url = fake.newResponseUrl();
    const body = blockActionBody(factIds[0]!, url);
    const res = await signedRequest(bot.port!, SECRET, body, { ...FORM, signature: sign('another-secret-entirely', Math.floor(Date.now() / 1000), body) });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.calls.some((c) => c.path === new URL(url).pathname)).toBe(false);
  });

  it('shows a fact’s quotes to the clicker only, with the feedback buttons', async () => {
    const { service } = await seedService();
    const fact = keyFacts(service.digest('2025-05-24'), 10)[0]!;
    const posted = await click(factIds[0]!);
    expect(posted).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    for (const s of quotesByOutlet(fact.sources)) expect(allText(posted.blocks)).toContain(`*${s.outlet}*`);
    expect(actionIds(posted.blocks).map((id) => id.split(':')[1])).toEqual(['up', 'down', 'wrong']);
  });

  it('stores one vote per person and item, changeable, and lists them with /swap feedback for admins only', async () => {
    const [up, down, wrong] = actionIds((await click(factIds[0]!)).blocks);
    expect((await click(up!, 'U1')).text).toBe('Thanks: recorded 👍 on this fact. Votes so far: 1 👍 · 0 👎 · 0 wrong attribution.');
    expect((await click(up!, 'U1')).text).toMatch(/^You had already voted 👍/);
    expect((await click(down!, 'U1')).text).toBe('Changed your vote on this fact to 👎. Votes so far: 0 👍 · 1 👎 · 0 wrong attribution.');
    await click(wrong!, 'U2');
    const answer = await command('ask who confirmed 120 civilians?');
    answerIds = actionIds(answer.blocks);
    expect(allText((await click(answerIds[0]!)).blocks)).toContain('*Clash Report*');
    await click(answerIds[3]!, 'U2');
    expect((await store.feedback('slack', 'T0001', 10)).map((f) => [f.kind, f.up, f.down, f.wrong_attribution])).toEqual([
      ['fact', 0, 1, 1],
      ['answer', 0, 0, 1],
    ]);
    expect(await command('feedback', 'U0READER')).toMatchObject({ response_type: 'ephemeral', text: 'Only people who manage this server or workspace can see the feedback report.' });
    const report = await command('feedback', 'U0ADMIN');
    expect(report.response_type).toBe('ephemeral');
    expect(report.blocks![0]!.text!.text).toMatch(/^\*Most-reported facts and answers\*\n1\. Fact: .+\n {3}1 👎 · 1 wrong attribution · 0 👍/);
    expect(report.blocks![0]!.text!.text).toContain('2. Answer: “who confirmed 120 civilians?” → Russia\'s Defense Ministry');
  });

  it('answers a click on a message sent before a restart, from the store', async () => {
    await bot.stop();
    await store.close();
    store = new SqliteStore(path);
    bot = await start('2025-05-25');
    expect(allText((await click(factIds[1]!)).blocks)).toContain('Corroborated · 5 outlets');
    expect(allText((await click(answerIds[0]!)).blocks)).toContain("*Answer:* Russia's Defense Ministry");
  });

  it('says clearly when the clicked digest no longer exists', async () => {
    expect((await click('dg1:src:f:2025-01-01:fact-0000000')).text).toBe('The digest of 2025-01-01 is no longer available, so its sources cannot be shown. `/swap facts` shows today’s.');
    expect((await click('dg1:whatever')).text).toMatch(/^This button is from an older version/);
  });
});
