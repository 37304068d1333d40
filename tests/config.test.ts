import { describe, expect, it } from 'vitest';
import { discordConfig, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';

describe('configuration', () => {
  it('applies defaults and treats empty strings as missing', () => {
    const c = loadConfig({ DIGEST_CORPUS: '', COMMAND_NAME: '' });
    expect(c).toMatchObject({ ok: true, value: { DIGEST_CORPUS: 'seeds', COMMAND_NAME: 'swap', DATA_DIR: 'data', LOG_LEVEL: 'info' } });
  });

  it('parses list settings to arrays whether they are unset, empty or given', () => {
    expect(loadConfig({})).toMatchObject({ ok: true, value: { FEEDS: [], SLACK_ADMINS: [] } });
    expect(loadConfig({ FEEDS: ' ', SLACK_ADMINS: '' })).toMatchObject({ ok: true, value: { FEEDS: [], SLACK_ADMINS: [] } });
    expect(loadConfig({ FEEDS: 'https://a.example/rss, http://b.example/atom.xml,', SLACK_ADMINS: 'U1,U2' })).toMatchObject({
      ok: true,
      value: { FEEDS: ['https://a.example/rss', 'http://b.example/atom.xml'], SLACK_ADMINS: ['U1', 'U2'] },
    });
    const bad = loadConfig({ FEEDS: 'https://a.example/rss,ftp://b.example/feed' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('FEEDS');
  });

  it('names every malformed variable, never its value', () => {
    const c = loadConfig({ DISCORD_APPLICATION_ID: 'abc', DISCORD_API_URL: 'ftp://x', COMMAND_NAME: 'Swap Now', DISCORD_TOKEN: 'short-secret' });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    for (const name of ['DISCORD_APPLICATION_ID', 'DISCORD_API_URL', 'COMMAND_NAME', 'DISCORD_TOKEN']) expect(c.error).toContain(name);
    expect(c.error).not.toContain('short-secret');
  });

  it('says which Discord variables are missing', () => {
    const c = loadConfig({});
    if (!c.ok) throw new Error(c.error);
    expect(discordConfig(c.value)).toEqual({ ok: false, error: 'Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).' });
  });
});

describe('logging', () => {
  it('never writes a secret, wherever it appears in a line', () => {
    const lines: string[] = [];
    const secret = 'xoxb-very-secret-token-value';
    const log = createLogger({ secrets: [secret], sink: { write: (l) => lines.push(l) } });
    log.error({ err: new Error(`request to https://x/api?token=${secret} failed`), token: secret, headers: { authorization: `Bot ${secret}` } }, `failed with ${secret}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(secret);
    expect(lines[0]).toContain('[redacted]');
  });
});
