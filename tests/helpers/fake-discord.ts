/**
 * A fake Discord on 127.0.0.1: the REST routes the bot uses and a `ws` gateway (HELLO, IDENTIFY → READY, heartbeat
 * ACKs, INTERACTION_CREATE on demand). Each gateway connection identifies as a shard, and an interaction goes to the
 * shard of its server, as Discord routes it. It records every request so tests assert on what the real client sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { Recorder } from './recorder.ts';
import { multipart } from './multipart.ts';

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
  at: number;
  status: number;
  /** Files sent as multipart parts (files[n]), with their bytes. */
  files?: { name: string; contentType: string; data: Buffer }[];
}

/**
 * What a channel message post meets: an HTTP error (5xx, or 429 with retry_after), given before or after the message
 * is accepted, or 'hold': accepted and never answered (as a process killed right after the platform took its post
 * sees it).
 */
export type DiscordFault = { status: number; retryAfter?: number; accepted?: boolean } | 'hold' | null;

export const APP_ID = '111111111111111111';
export const GUILD_ID = '222222222222222222';
export const BOT_ID = '333333333333333333';

export class FakeDiscord {
  private readonly recorder = new Recorder<Recorded>('fake Discord');
  readonly requests = this.recorder.all;
  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  /** The shard each gateway connection identified as: [id, count]. */
  private readonly shardOf = new Map<WebSocket, [number, number]>();
  /** Every IDENTIFY's shard, in order. */
  readonly identified: [number, number][] = [];
  /** Each interaction sent, and the shards of the connections it went to. */
  readonly dispatched: { id: string; shards: number[] }[] = [];
  /** The shard count /gateway/bot recommends (what `shards: 'auto'` runs). */
  recommendedShards = 1;
  /** session_start_limit.max_concurrency: shards that may identify together (discord.js waits 5 s between buckets). */
  maxConcurrency = 1;
  private seq = 1;
  /** Paths (regex) that answer 429 once before succeeding, to test that the client waits and retries. */
  rateLimitOnce: RegExp[] = [];
  private limited = new Set<string>();
  /**
   * While set, channel message posts after the first `afterPosts` accepted ones fail with `status`, or with 'hang'
   * are held unanswered (as a platform that never replies, or a process killed mid-request, sees it).
   */
  outage: { afterPosts: number; status: number | 'hang' } | null = null;
  /** Channel messages the fake accepted, in order, as it stored them. */
  readonly accepted: { channel: string; body: unknown; id: string; nonce: string | null }[] = [];
  /** Decides, per channel message post, whether it meets a fault; null: it goes through. */
  fault: ((body: unknown, headers: Record<string, string | string[] | undefined>) => DiscordFault) | null = null;
  private held = new Set<ServerResponse>();
  private messageSeq = 0;
  port = 0;

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway(ws)));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const r of this.held) r.destroy();
    for (const s of this.sockets) s.terminate();
    this.wss.close();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(match: (r: Recorded) => boolean, timeoutMs = 5000): Promise<Recorded> {
    return this.recorder.waitFor(match, timeoutMs);
  }

  /**
   * Sends INTERACTION_CREATE for `/name sub [options]` from a server (GUILD_ID unless given), on the gateway
   * connection of that server's shard, and returns the interaction's id and token.
   */
  dispatchCommand(name: string, sub: string, options: { name: string; value: string }[] = [], memberPermissions = '0', guild = GUILD_ID): { id: string; token: string; sentAt: number } {
    return this.dispatch(2, '555555555555555555', memberPermissions, {
      guild_id: guild,
      data: { id: '666666666666666666', name, type: 1, guild_id: guild, options: [{ type: 1, name: sub, options: options.map((o) => ({ type: 3, ...o })) }] },
    });
  }

  /** Sends INTERACTION_CREATE for a click on a button (a MESSAGE_COMPONENT interaction) of a message the bot sent. */
  dispatchButton(customId: string, opts: { user?: string; permissions?: string } = {}): { id: string; token: string; sentAt: number } {
    return this.dispatch(3, opts.user ?? '555555555555555555', opts.permissions ?? '0', {
      message: this.messageOf({ id: '888888888888888888' }),
      data: { custom_id: customId, component_type: 2 },
    });
  }

  /** An interaction of `type` from a member of the fake server in its #news channel. */
  private dispatch(type: number, user: string, permissions: string, extra: object): { id: string; token: string; sentAt: number } {
    const id = String(BigInt('900000000000000000') + BigInt(this.seq));
    const token = `interaction-token-${this.seq}`;
    const d = {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      guild_id: GUILD_ID,
      channel_id: '444444444444444444',
      channel: { id: '444444444444444444', type: 0, guild_id: GUILD_ID, name: 'news' },
      member: { user: { id: user, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null }, roles: [], permissions, joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      app_permissions: '2147483648',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
      ...extra,
    };
    const sentAt = Date.now();
    this.dispatched.push({ id, shards: this.send({ op: 0, t: 'INTERACTION_CREATE', s: ++this.seq, d }, d.guild_id) });
    return { id, token, sentAt };
  }

  /** A message object as Discord returns it, with `fields` over the defaults. */
  private messageOf(fields: object) {
    return { id: String(BigInt('100000000000000000') + BigInt(++this.messageSeq)), channel_id: '444444444444444444', type: 0, content: '', embeds: [], components: [], author: { id: BOT_ID, username: 'digestbot', discriminator: '0', avatar: null, bot: true }, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, flags: 0, ...fields };
  }

  /** An accepted channel message as Discord returns it. */
  private stored(m: { channel: string; body: unknown; id: string; nonce: string | null }) {
    return this.messageOf({ ...(m.body as object), id: m.id, channel_id: m.channel, ...(m.nonce ? { nonce: m.nonce } : {}) });
  }

  private failWith(json: (status: number, data: unknown, headers?: Record<string, string>) => void, fault: { status: number; retryAfter?: number }): void {
    if (fault.status === 429) {
      const after = String(fault.retryAfter ?? 0.05);
      return json(429, { message: 'You are being rate limited.', retry_after: Number(after), global: false }, { 'retry-after': after, 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': after, 'x-ratelimit-bucket': 'fake', 'x-ratelimit-scope': 'user' });
    }
    json(fault.status, { message: 'Service Unavailable', code: 0 });
  }

  /** Messages of a channel whose content holds `text`, oldest first. */
  messagesHolding(channel: string, text: string): { id: string; body: unknown }[] {
    return this.accepted.filter((m) => m.channel === channel && String((m.body as { content?: string }).content ?? '').includes(text));
  }

  /**
   * Sends a dispatch to every connection, or, for a server's event, to the connection of the server's shard; returns
   * the shards it went to.
   */
  private send(payload: unknown, guild?: string): number[] {
    const to: number[] = [];
    for (const s of this.sockets) {
      const [id, count] = this.shardOf.get(s) ?? [0, 1];
      // Discord's routing: shard_id = (guild_id >> 22) % num_shards.
      if (guild && Number((BigInt(guild) >> 22n) % BigInt(count)) !== id) continue;
      s.send(JSON.stringify(payload));
      to.push(id);
    }
    return to;
  }

  private gateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => (this.sockets.delete(ws), this.shardOf.delete(ws)));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: { shard?: [number, number] } | null };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        const shard = msg.d?.shard ?? [0, 1];
        this.shardOf.set(ws, shard);
        this.identified.push(shard);
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: this.seq++,
            d: {
              v: 10,
              user: { id: BOT_ID, username: 'digestbot', discriminator: '0', bot: true, avatar: null, global_name: null },
              guilds: [],
              session_id: 'fake-session',
              resume_gateway_url: `ws://127.0.0.1:${this.port}`,
              application: { id: APP_ID, flags: 0 },
              private_channels: [],
              shard,
            },
          }),
        );
      }
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown = raw;
    let files: Recorded['files'];
    if (contentType.includes('application/json') && raw) body = JSON.parse(raw);
    else if (contentType.includes('multipart/form-data')) {
      const parts = multipart(bytes, contentType);
      const payload = parts.find((p) => p.name === 'payload_json');
      body = payload ? JSON.parse(payload.data.toString('utf8')) : raw;
      files = parts.filter((p) => p.filename !== null).map((p) => ({ name: p.filename!, contentType: p.contentType, data: p.data }));
    }
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    const method = req.method ?? 'GET';
    const key = `${method} ${path}`;

    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      const rec: Recorded = { method, path, body, at: Date.now(), status, ...(files ? { files } : {}) };
      this.recorder.record(rec);
      if (status === 204) {
        // A 204 must carry no JSON content type, or the client tries to parse an empty body.
        res.writeHead(204, headers).end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));
    };

    if (this.rateLimitOnce.some((r) => r.test(key)) && !this.limited.has(key)) {
      this.limited.add(key);
      return json(429, { message: 'You are being rate limited.', retry_after: 0.05, global: false }, { 'retry-after': '0.05', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.05', 'x-ratelimit-bucket': 'fake', 'x-ratelimit-scope': 'user' });
    }
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      return json(200, { url: `ws://127.0.0.1:${this.port}`, shards: this.recommendedShards, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.maxConcurrency } });
    }
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(200, (body as { name: string }[]).map((c, i) => ({ ...c, id: `77777777777777777${i}`, application_id: APP_ID, version: '1' })));
    }
    if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204, null);
    const message = (b: unknown) => this.messageOf(b as object);
    if ((method === 'PATCH' || method === 'DELETE') && /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return method === 'DELETE' ? json(204, null) : json(200, message(body));
    if (method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/.test(path)) return json(200, message(body));
    const channel = /^\/api\/v10\/channels\/(\d+)(\/messages)?$/.exec(path);
    if (channel && method === 'GET' && !channel[2]) return json(200, { id: channel[1], type: 0, guild_id: GUILD_ID, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, last_message_id: null, rate_limit_per_user: 0, topic: null });
    if (channel && method === 'GET' && channel[2]) {
      // Newest first, `limit` of them, older than `before` when given, as Discord pages a channel.
      const q = new URL(req.url ?? '', 'http://x').searchParams;
      const all = this.accepted.filter((m) => m.channel === channel[1]).reverse();
      const before = q.get('before');
      const from = before ? all.findIndex((m) => m.id === before) + 1 : 0;
      return json(200, all.slice(from, from + Number(q.get('limit') ?? 50)).map((m) => this.stored(m)));
    }
    if (channel && method === 'POST' && channel[2]) {
      if (this.outage && this.accepted.length >= this.outage.afterPosts) {
        if (this.outage.status === 'hang') {
          this.recorder.record({ method, path, body, at: Date.now(), status: 0 });
          return void this.held.add(res);
        }
        return json(this.outage.status, { message: 'Service Unavailable', code: 0 });
      }
      const b = body as { nonce?: string; enforce_nonce?: boolean };
      // enforce_nonce: a second post with the same nonce by the same author returns the first message.
      const earlier = b.enforce_nonce && b.nonce ? this.accepted.find((m) => m.channel === channel[1] && m.nonce === b.nonce) : undefined;
      if (earlier) return json(200, this.stored(earlier));
      const fault = this.fault?.(body, req.headers) ?? null;
      if (fault && fault !== 'hold' && !fault.accepted) return this.failWith(json, fault);
      const stored = { channel: channel[1]!, body, id: String(BigInt('100000000000000000') + BigInt(++this.messageSeq)), nonce: b.nonce ?? null };
      this.accepted.push(stored);
      if (fault === 'hold') {
        this.recorder.record({ method, path, body, at: Date.now(), status: 0 });
        return void this.held.add(res);
      }
      if (fault) return this.failWith(json, fault);
      return json(200, this.stored(stored));
    }
    if (method === 'GET' && path === '/api/v10/users/@me') return json(200, { id: BOT_ID, username: 'digestbot', discriminator: '0', bot: true, avatar: null, global_name: null });
    return json(404, { message: `fake Discord has no route ${key}`, code: 0 });
  }
}
