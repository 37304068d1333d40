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

  it('reads Discord shards as auto or a list of ids below the shard count, and hands them to the client', () => {
    const discord = { DISCORD_TOKEN: 'fake-bot-token-0123456789.abcdef', DISCORD_APPLICATION_ID: '111111111111111111' };
    const shards = (env: Record<string, string>) => {
      const c = loadConfig({ ...discord, ...env });
      if (!c.ok) return c.error;
      const d = discordConfig(c.value);
      return d.ok ? { shards: d.value.shards, shardCount: d.value.shardCount } : d.error;
    };
    expect(shards({})).toEqual({ shards: undefined, shardCount: undefined });
    expect(shards({ DISCORD_SHARDS: 'auto' })).toEqual({ shards: 'auto', shardCount: undefined });
    expect(shards({ DISCORD_SHARDS: '0, 1', DISCORD_SHARD_COUNT: '4' })).toEqual({ shards: [0, 1], shardCount: 4 });
    expect(shards({ DISCORD_SHARDS: '', DISCORD_SHARD_COUNT: '2' })).toEqual({ shards: undefined, shardCount: 2 });
    expect(shards({ DISCORD_SHARDS: '0,1' })).toMatchInlineSnapshot(`
      "Configuration is not valid:
      ✖ must be set when DISCORD_SHARDS lists shard ids (the total number of shards across all hosts)
        → at DISCORD_SHARD_COUNT"
    `);
    expect(shards({ DISCORD_SHARDS: '1,2', DISCORD_SHARD_COUNT: '2' })).toContain('shard ids must be below DISCORD_SHARD_COUNT (2)');
    expect(shards({ DISCORD_SHARDS: 'all' })).toContain('must be auto or shard ids separated by commas');
    expect(shards({ DISCORD_SHARDS: '0,x', DISCORD_SHARD_COUNT: '2' })).toContain('DISCORD_SHARDS');
    expect(shards({ DISCORD_SHARDS: 'auto', DISCORD_SHARD_COUNT: '2' })).toContain('must be unset with DISCORD_SHARDS=auto');
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
