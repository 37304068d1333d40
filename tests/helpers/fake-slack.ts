/**
 * A fake Slack on 127.0.0.1: the Web API methods the bot calls (auth.test, chat.postMessage, users.info, the three
 * steps of files.uploadV2, conversations.history) and response_url endpoints. It records every call and keeps each
 * channel's history (messages with their metadata, and shared files); `signedRequest` sends the Bolt app a request
 * signed the real way.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Recorder } from './recorder.ts';
import { multipart } from './multipart.ts';

export interface SlackCall {
  path: string;
  body: Record<string, unknown>;
  at: number;
  /** The raw bytes of a file upload (POST /upload/…). */
  bytes?: Buffer;
}

/** A message in a channel's history, as conversations.history returns it. */
export interface SlackHistoryMessage {
  type: 'message';
  ts: string;
  user: string;
  bot_id: string;
  text?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  files?: { id: string; name: string; title?: string }[];
}

/**
 * What a chat.postMessage call meets: an HTTP error (5xx, or 429 with Retry-After), given before or after the message
 * is accepted, or 'hold': accepted and never answered (as a process killed right after the platform took its post
 * sees it).
 */
export type SlackFault = { http: number; retryAfter?: number; accepted?: boolean } | 'hold' | null;

export class FakeSlack {
  private readonly recorder = new Recorder<SlackCall>('fake Slack');
  readonly calls = this.recorder.all;
  private server!: Server;
  private responseUrls = 0;
  private uploads = 0;
  port = 0;
  users: Record<string, { is_admin?: boolean; is_owner?: boolean }> = {};
  /** Set: auth.test answers this HTTP status with no body (as Slack's edge does for a revoked or mistyped token). */
  authHttpStatus: number | null = null;
  /**
   * While set, chat.postMessage calls after the first `afterPosts` accepted ones answer ok: false with `error`, or
   * with 'hang' are never answered.
   */
  outage: { afterPosts: number; error: string } | null = null;
  /** Calls to paths matching this are recorded and never answered (a platform that hangs, or a killed client). */
  hang: RegExp | null = null;
  /** While set, calls to paths matching `path` answer ok: false with `error` (e.g. the upload steps of a picture). */
  refusing: { path: RegExp; error: string } | null = null;
  /** Messages chat.postMessage accepted, in order. */
  readonly accepted: Record<string, unknown>[] = [];
  /** Decides, per chat.postMessage call, whether it meets a fault; null: it goes through. */
  fault: ((body: Record<string, unknown>, headers: Record<string, string | string[] | undefined>) => SlackFault) | null = null;
  /** Each channel's messages, oldest first. */
  readonly history = new Map<string, SlackHistoryMessage[]>();
  private readonly uploadNames = new Map<string, string>();
  private seq = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  newResponseUrl(): string {
    return `http://127.0.0.1:${this.port}/respond/${++this.responseUrls}`;
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const bytes = Buffer.concat(chunks);
      const raw = bytes.toString('utf8');
      const path = (req.url ?? '').split('?')[0]!;
      let body: Record<string, unknown> = {};
      if (path.startsWith('/upload/')) body = {};
      else if ((req.headers['content-type'] ?? '').includes('json')) body = raw ? JSON.parse(raw) : {};
      else for (const [k, v] of new URLSearchParams(raw)) body[k] = k === 'blocks' || k === 'files' ? JSON.parse(v) : v;
      // The WebClient sends an upload's bytes as the multipart part "body".
      const upload = path.startsWith('/upload/') ? (multipart(bytes, req.headers['content-type'] ?? '').find((p) => p.name === 'body')?.data ?? bytes) : null;
      const call: SlackCall = { path, body, at: Date.now(), ...(upload ? { bytes: upload } : {}) };
      this.recorder.record(call);
      const json = (data: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      if (path === '/api/auth.test' && this.authHttpStatus) return res.writeHead(this.authHttpStatus).end();
      if (path === '/api/auth.test') return json({ ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'digestbot', team_id: 'T0001', user_id: 'UBOT', bot_id: 'BBOT', is_enterprise_install: false });
      if (this.hang?.test(path)) return;
      if (this.refusing?.path.test(path)) return json({ ok: false, error: this.refusing.error });
      if (path === '/api/chat.postMessage') {
        if (this.outage?.error === 'hang' && this.accepted.length >= this.outage.afterPosts) return;
        if (this.outage && this.accepted.length >= this.outage.afterPosts) return json({ ok: false, error: this.outage.error });
        const fault = this.fault?.(body, req.headers) ?? null;
        if (fault && fault !== 'hold' && !fault.accepted) return this.httpError(res, fault);
        this.accepted.push(body);
        const ts = this.nextTs();
        const metadata = typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata;
        this.post(String(body.channel), { type: 'message', ts, user: 'UBOT', bot_id: 'BBOT', text: String(body.text ?? ''), ...(metadata ? { metadata } : {}) });
        if (fault === 'hold') return;
        if (fault) return this.httpError(res, fault);
        return json({ ok: true, channel: body.channel, ts, message: { text: body.text } });
      }
      if (path === '/api/conversations.history') {
        // Newest first, as Slack returns it; metadata only when asked for with include_all_metadata.
        const withMeta = String(body.include_all_metadata) === 'true';
        const limit = Number(body.limit ?? 100);
        const all = [...(this.history.get(String(body.channel)) ?? [])].reverse();
        const from = Number(body.cursor ?? 0);
        const page = all.slice(from, from + limit).map(({ metadata, ...m }) => (withMeta && metadata ? { ...m, metadata } : m));
        const more = from + limit < all.length;
        return json({ ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(from + limit) : '' } });
      }
      if (path === '/api/users.info') {
        const user = this.users[String(body.user)] ?? {};
        return json({ ok: true, user: { id: body.user, is_admin: false, is_owner: false, ...user } });
      }
      if (path.startsWith('/respond/')) return json({ ok: true });
      // files.uploadV2 is three steps: ask for an upload URL, send the bytes there, complete the upload.
      if (path === '/api/files.getUploadURLExternal') {
        const id = `F${++this.uploads}`;
        this.uploadNames.set(id, String(body.filename));
        return json({ ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id });
      }
      if (path.startsWith('/upload/')) return void res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
      if (path === '/api/files.completeUploadExternal') {
        const files = (body.files as { id: string; title?: string }[]).map((f) => ({ id: f.id, name: this.uploadNames.get(f.id) ?? 'file', title: f.title }));
        if (body.channel_id) this.post(String(body.channel_id), { type: 'message', ts: this.nextTs(), user: 'UBOT', bot_id: 'BBOT', files });
        return json({ ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) });
      }
      json({ ok: false, error: 'unknown_method' });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private nextTs(): string {
    return `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`;
  }

  private post(channel: string, m: SlackHistoryMessage): void {
    this.history.set(channel, [...(this.history.get(channel) ?? []), m]);
  }

  private httpError(res: ServerResponse, fault: { http: number; retryAfter?: number }): void {
    res.writeHead(fault.http, { 'content-type': 'text/plain', ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}) }).end(fault.http === 429 ? 'rate limited' : 'upstream error');
  }

  /** Messages of a channel that carry metadata of `eventType`, oldest first. */
  messagesWithMetadata(channel: string, eventType: string): SlackHistoryMessage[] {
    return (this.history.get(channel) ?? []).filter((m) => m.metadata?.event_type === eventType);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  waitFor(match: (c: SlackCall) => boolean, timeoutMs = 5000): Promise<SlackCall> {
    return this.recorder.waitFor(match, timeoutMs);
  }
}

/** The v0 signature Slack puts on every request: HMAC-SHA256 of "v0:{timestamp}:{body}" with the signing secret. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function signedRequest(port: number, secret: string, body: string, opts: { contentType?: string; timestamp?: number; signature?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; text: string; ms: number }> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': opts.signature ?? sign(secret, ts, body),
      ...opts.headers,
    },
    body,
  });
  return { status: res.status, text: await res.text(), ms: Date.now() - started };
}

/** The form body Slack posts for a slash command. */
export function slashCommandBody(command: string, text: string, responseUrl: string, user = 'U0READER'): string {
  return new URLSearchParams({ token: 'legacy', team_id: 'T0001', team_domain: 'fake', channel_id: 'C0NEWS', channel_name: 'news', user_id: user, user_name: 'reader', command, text, api_app_id: 'A0APP', is_enterprise_install: 'false', response_url: responseUrl, trigger_id: '1.2.3' }).toString();
}

/** The form body Slack posts when someone clicks a button of a message: a `block_actions` payload. */
export function blockActionBody(actionId: string, responseUrl: string, user = 'U0READER'): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'fake' },
    user: { id: user, username: 'reader', name: 'reader', team_id: 'T0001' },
    api_app_id: 'A0APP',
    token: 'legacy',
    trigger_id: '1.2.3',
    container: { type: 'message', message_ts: '1716450000.000200', channel_id: 'C0NEWS', is_ephemeral: false },
    channel: { id: 'C0NEWS', name: 'news' },
    message: { type: 'message', ts: '1716450000.000200', text: 'Key facts', bot_id: 'BBOT' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', text: { type: 'plain_text', text: 'Sources' }, value: actionId, action_ts: '1716450001.000000' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function mentionEventBody(eventId: string, text: string, ts: string, channel = 'C0NEWS'): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T0001',
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: { type: 'app_mention', user: 'U0READER', text, ts, channel, event_ts: ts },
  });
}
