/**
 * The soak: many scheduled deliveries across several bot processes on one PostgreSQL database, with platform errors
 * injected and one process killed with SIGKILL right after a platform accepted its post (before its ledger could
 * record it). It then counts, channel by channel, what the fake platforms hold: every delivery must be there exactly
 * once. Not a test (it runs for about a minute, in real time); run it with `npm run soak`.
 *
 *   npm run soak -- [--deliveries 1000] [--processes 3] [--error-rate 0.1] [--seed 14] [--keep]
 *
 * The database is SOAK_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test; the soak works in a fresh schema
 * of its own and drops it at the end (kept with --keep). Exit code 0 when nothing was lost or doubled, 1 otherwise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { PostgresStore } from '../src/store/postgres-store.ts';
import { localDate } from '../src/schedule/local-date.ts';
import { partKeyText } from '../src/schedule/publisher.ts';
import { markerLine } from '../src/platforms/discord/publisher.ts';
import { DIGEST_EVENT_TYPE, pictureFileName } from '../src/platforms/slack/publisher.ts';
import { FakeSlack, type SlackFault } from '../tests/helpers/fake-slack.ts';
import { FakeDiscord, type DiscordFault } from '../tests/helpers/fake-discord.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { deliveries: { type: 'string', default: '1000' }, processes: { type: 'string', default: '3' }, 'error-rate': { type: 'string', default: '0.1' }, seed: { type: 'string', default: '14' }, keep: { type: 'boolean', default: false } } });
const DELIVERIES = Number(args.deliveries);
const PROCESSES = Number(args.processes);
const ERROR_RATE = Number(args['error-rate']);
const BASE = process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A small seeded generator (mulberry32), so a run's faults can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(Number(args.seed));

// --- the database: a fresh schema of its own ---
const schema = `soak_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = new pg.Client({ connectionString: BASE });
await admin.connect();
await admin.query(`CREATE SCHEMA ${schema}`);
const dbUrl = new URL(BASE);
dbUrl.searchParams.set('options', `-c search_path=${schema}`);
const store = await PostgresStore.open(dbUrl.toString());

// --- the platforms, with faults ---
const slack = new FakeSlack();
const discord = new FakeDiscord();
await slack.start();
await discord.start();
const injected = { '5xx before accepting': 0, '5xx after accepting': 0, '429': 0 };
/** One of the three kinds of error, drawn for one post in `ERROR_RATE`. */
function draw(): 'before' | 'after' | '429' | null {
  const r = rand();
  if (r >= ERROR_RATE) return null;
  const kind = r < ERROR_RATE / 3 ? 'before' : r < (2 * ERROR_RATE) / 3 ? 'after' : '429';
  injected[kind === 'before' ? '5xx before accepting' : kind === 'after' ? '5xx after accepting' : '429']++;
  return kind;
}

const victim = 'w2';
const kill: { at: number; done: boolean; worker: ChildProcess | null; acceptedAt: number | null } = { at: Math.floor(DELIVERIES * 0.3), done: false, worker: null, acceptedAt: null };
const accepted = () => slack.accepted.length + discord.accepted.length;
/** True once, for the victim's first post after the kill point: the platform takes it and the victim dies at once. */
function killNow(worker: string | string[] | undefined): boolean {
  if (kill.done || !kill.worker || accepted() < kill.at || !String(worker ?? '').includes(victim)) return false;
  kill.done = true;
  kill.acceptedAt = accepted();
  kill.worker.kill('SIGKILL');
  return true;
}
slack.fault = (_, headers): SlackFault => {
  if (killNow(headers['x-soak-worker'])) return 'hold';
  const kind = draw();
  return kind === null ? null : kind === '429' ? { http: 429, retryAfter: 1 } : { http: kind === 'after' ? 500 : 503, accepted: kind === 'after' };
};
discord.fault = (_, headers): DiscordFault => {
  if (killNow(headers['user-agent'])) return 'hold';
  const kind = draw();
  return kind === null ? null : kind === '429' ? { status: 429, retryAfter: 0.05 } : { status: kind === 'after' ? 500 : 503, accepted: kind === 'after' };
};

// --- the subscriptions: half Slack, half Discord, all due now ---
const created = '2025-01-01T00:00:00.000Z';
const subs = [];
for (let i = 0; i < DELIVERIES; i++) {
  const onSlack = i % 2 === 0;
  subs.push(
    await store.subscribe({
      platform: onSlack ? 'slack' : 'discord',
      workspace: onSlack ? 'T0001' : '222222222222222222',
      channel: onSlack ? `CSOAK${String(i).padStart(5, '0')}` : String(600000000000000000n + BigInt(i)),
      time: '00:00',
      timeZone: 'UTC',
      subscribedBy: 'soak',
      createdAt: created,
    }),
  );
}
const date = localDate(new Date(), 'UTC');

// --- the processes ---
const started = Date.now();
const reports: Record<string, unknown>[] = [];
const workers = Array.from({ length: PROCESSES }, (_, i) => {
  const name = `w${i + 1}`;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'soak-worker.ts'), dbUrl.toString(), slack.apiUrl, discord.api, name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  if (name === victim) kill.worker = child;
  return new Promise<{ name: string; code: number | null; signal: string | null }>((done) =>
    child.on('exit', (code, signal) => {
      if (out.trim()) reports.push(JSON.parse(out.trim()) as Record<string, unknown>);
      done({ name, code, signal });
    }),
  );
});
const exits = await Promise.all(workers);
const seconds = ((Date.now() - started) / 1000).toFixed(1);

// --- what the platforms hold, channel by channel ---
let delivered = 0;
let lost = 0;
let doubled = 0;
let ledgerMismatch = 0;
const problems: string[] = [];
for (const s of subs) {
  const key = { subscriptionId: s.id, localDate: date, part: 0 };
  const row = await store.delivery(s.id, date);
  let copies: number;
  let ids: string[];
  if (s.platform === 'slack') {
    const messages = slack.messagesWithMetadata(s.channel, DIGEST_EVENT_TYPE).filter((m) => m.metadata!.event_payload.key === partKeyText(key));
    const pictures = (slack.history.get(s.channel) ?? []).filter((m) => m.files?.some((f) => f.name === pictureFileName(key)));
    copies = Math.max(messages.length, pictures.length);
    if (messages.length !== pictures.length) problems.push(`${s.channel}: ${messages.length} message(s), ${pictures.length} picture(s)`);
    ids = messages.map((m) => m.ts);
  } else {
    const messages = discord.messagesHolding(s.channel, markerLine(key));
    copies = messages.length;
    ids = messages.map((m) => m.id);
  }
  if (copies === 0 || row?.status !== 'sent') {
    lost++;
    problems.push(`${s.platform} ${s.channel}: ${copies} on the platform, ledger ${row?.status ?? 'no row'}${row?.lastError ? ` (${row.lastError})` : ''}`);
  } else if (copies > 1) {
    doubled++;
    problems.push(`${s.platform} ${s.channel}: ${copies} copies`);
  } else delivered++;
  if (copies === 1 && row?.messageId !== ids[0]) {
    ledgerMismatch++;
    problems.push(`${s.platform} ${s.channel}: ledger says ${row?.messageId}, the platform ${ids[0]}`);
  }
}
const rows = await store.deliveries();
const attempts = rows.reduce((n, r) => n + r.attempts, 0);

const lines = [
  `soak: ${DELIVERIES} scheduled deliveries (${subs.filter((s) => s.platform === 'slack').length} Slack, ${subs.filter((s) => s.platform === 'discord').length} Discord) across ${PROCESSES} processes on PostgreSQL, seed ${args.seed}, ${seconds} s`,
  `injected platform errors: ${Object.values(injected).reduce((a, b) => a + b, 0)} of ${accepted() + injected['5xx before accepting'] + injected['429']} posts (${Object.entries(injected).map(([k, v]) => `${k}: ${v}`).join(', ')})`,
  `killed: ${kill.done ? `${victim} with SIGKILL right after the platform accepted its post #${kill.acceptedAt} (before its ledger recorded it)` : 'nobody (the kill point was never reached)'}`,
  `processes: ${exits.map((e) => `${e.name} ${e.signal ?? `exit ${e.code}`}`).join(', ')}`,
  `workers' reports: ${reports.map((r) => JSON.stringify(r)).join(' ')}`,
  `ledger: ${rows.filter((r) => r.status === 'sent').length} sent, ${rows.filter((r) => r.status === 'failed').length} failed, ${attempts} attempts`,
  `delivered: ${delivered}  lost: ${lost}  doubled: ${doubled}  ledger ≠ platform: ${ledgerMismatch}`,
  ...problems.slice(0, 20).map((p) => `  ${p}`),
];
process.stdout.write(`${lines.join('\n')}\n`);

await store.close();
await slack.stop();
await discord.stop();
if (!args.keep) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
await admin.end();
process.exit(lost === 0 && doubled === 0 && ledgerMismatch === 0 && kill.done ? 0 : 1);
