import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalCommand } from '../../src/cli/eval-command.ts';
import { ROOT } from '../helpers/corpus.ts';
import { captureIo } from '../helpers/io.ts';

/** A stories folder as `--stories` expects it: one folder per story, its articles beside a gold.json. */
function storiesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stories-'));
  cpSync(join(ROOT, 'tests', 'fixtures', 'wildfire'), join(dir, 'wildfire'), { recursive: true });
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests', 'gold', 'wildfire.json'), 'utf8')) as Record<string, unknown>;
  delete gold.corpus;
  gold.digest_must_flag_conflict = [];
  writeFileSync(join(dir, 'wildfire', 'gold.json'), JSON.stringify(gold));
  return dir;
}

describe('digestbot eval', () => {
  it('scores every story folder under --stories: right, wrong, abstained and precision apart', async () => {
    const io = captureIo();
    expect(await evalCommand(['--stories', storiesDir()], io)).toBe(0);
    expect(io.stdout).toMatch(/^\| story \| questions \| right \| wrong \| abstained \| precision \|/);
    expect(io.stdout).toMatch(/\| wildfire \| 12 \| 12 \(100\.0%\) \| 0 \| 0 \| 100\.0% \|/);
  });

  it('prints rows as JSON with --json', async () => {
    const io = captureIo();
    expect(await evalCommand(['--stories', storiesDir(), '--json'], io)).toBe(0);
    const rows = JSON.parse(io.stdout) as { file: string; right: number; wrong: number; abstained: number }[];
    expect(rows).toEqual([expect.objectContaining({ file: 'wildfire', right: 12, wrong: 0, abstained: 0 })]);
  });

  it('refuses a folder with no stories, and --stories with no folder', async () => {
    const io = captureIo();
    expect(await evalCommand(['--stories', mkdtempSync(join(tmpdir(), 'empty-'))], io)).toBe(1);
    expect(io.stderr).toMatch(/no story folders with a gold\.json/);
    expect(await evalCommand(['--stories'], captureIo())).toBe(2);
    expect(await evalCommand(['--bogus'], captureIo())).toBe(2);
  });
});
