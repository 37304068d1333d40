import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { digestCommand } from '../../src/cli/digest-command.ts';
import { SEEDS } from '../helpers/corpus.ts';
import { captureIo } from '../helpers/io.ts';
import { decodePng } from '../helpers/png.ts';

const SourceRef = z.object({ outlet: z.string(), file: z.string(), quote: z.string() });
/** The JSON contract of `digestbot digest --json`, as the issue and README state it. */
const DigestJson = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  facts: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      status: z.enum(['corroborated', 'single_source', 'unverified']),
      attributed_to: z.string().nullable(),
      numbers: z.array(z.object({ value: z.number(), unit: z.string().nullable() })),
      sources: z.array(SourceRef).min(1),
    }),
  ),
  conflicts: z.array(z.object({ id: z.string(), topic: z.string(), values: z.array(z.object({ value: z.number(), sources: z.array(SourceRef).min(1) })).min(2) })),
  sources: z.array(z.object({ file: z.string(), outlet: z.string(), url: z.string().nullable(), published: z.string().nullable(), facts: z.number() })),
  dropped: z.array(z.object({ file: z.string(), text: z.string(), reason: z.string() })),
});

describe('digestbot digest', () => {
  it('with --json prints exactly one JSON object of the documented shape and writes both files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'digest-'));
    const io = captureIo();
    const code = await digestCommand(['--corpus', SEEDS, '--json', '--out', out, '--date', '2025-05-24'], io);
    expect(code).toBe(0);
    const parsed = DigestJson.parse(JSON.parse(io.stdout));
    expect(parsed.date).toBe('2025-05-24');
    expect(JSON.parse(readFileSync(join(out, '2025-05-24.json'), 'utf8'))).toEqual(JSON.parse(io.stdout));
    expect(readFileSync(join(out, '2025-05-24.md'), 'utf8')).toContain('## Key facts');
  });

  it('without --json prints the Markdown a person reads', async () => {
    const io = captureIo();
    await digestCommand(['--corpus', SEEDS, '--out', mkdtempSync(join(tmpdir(), 'digest-')), '--date', '2025-05-24'], io);
    expect(io.stdout).toMatch(/^# .+\n/);
    for (const section of ['## Key facts', '## Key numbers', '## Who said what', '## Where outlets disagree', '## Sources']) expect(io.stdout).toContain(section);
  });

  it('with --png also writes the coverage picture: a whole PNG of a chat-friendly size, the same bytes every time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-'));
    const args = (png: string) => ['--corpus', SEEDS, '--json', '--out', join(dir, 'out'), '--date', '2025-05-24', '--png', join(dir, png)];
    expect(await digestCommand(args('pictures/a.png'), captureIo())).toBe(0);
    const png = readFileSync(join(dir, 'pictures/a.png'));
    const { width, height } = decodePng(png);
    expect(width).toBeGreaterThanOrEqual(700);
    expect(width).toBeLessThanOrEqual(1600);
    expect(height).toBeGreaterThanOrEqual(400);
    expect(height).toBeLessThanOrEqual(1400);
    expect(png.length).toBeLessThan(1_000_000);
    expect(await digestCommand(args('b.png'), captureIo())).toBe(0);
    expect(readFileSync(join(dir, 'b.png')).equals(png)).toBe(true);
  });

  it('refuses a corpus whose sources.json is malformed, saying where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'a.txt'), 'Some article text that is long enough to read as a sentence of prose.');
    writeFileSync(join(dir, 'sources.json'), JSON.stringify([{ file: 'a.txt', outlet: '', published: '23 May' }]));
    const io = captureIo();
    expect(await digestCommand(['--corpus', dir, '--out', join(dir, 'out')], io)).toBe(1);
    expect(io.stderr).toContain('sources.json does not match');
    expect(io.stderr).toContain('published must be YYYY-MM-DD');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it.each([
    [['--date', '2025-02-30'], '--date must be a calendar date as YYYY-MM-DD, got "2025-02-30"', 2],
    [['--corpus', '/nonexistent/corpus'], 'corpus folder /nonexistent/corpus does not exist', 1],
    [['--bogus'], "Unknown option '--bogus'", 2],
    [['--png', 'picture.svg'], '--png must name a .png file, got "picture.svg"', 2],
  ])('refuses %j with a clear error and writes nothing', async (args, message, exit) => {
    const out = join(mkdtempSync(join(tmpdir(), 'digest-')), 'never');
    const io = captureIo();
    expect(await digestCommand([...args, '--out', out], io)).toBe(exit);
    expect(io.stderr).toContain(message);
    expect(io.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
