import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inertJson, terminalSafe } from '../../src/terminal.ts';
import { ROOT, SEEDS } from '../helpers/corpus.ts';

const EVIL = 'Evil\u001b]0;pwned\u0007 \u009b2JNews\r';

/** The seeds, with the first article's outlet named by EVIL. */
function evilCorpus(): string {
  const corpus = mkdtempSync(join(tmpdir(), 'corpus-'));
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  for (const f of files) copyFileSync(join(SEEDS, f), join(corpus, f));
  writeFileSync(join(corpus, 'sources.json'), JSON.stringify(files.map((file, i) => ({ file, outlet: i === 0 ? EVIL : `Outlet ${i}` }))));
  return corpus;
}

describe('text shown on a terminal', () => {
  it('loses its control characters but keeps tabs and newlines; JSON keeps the data with C1 escaped', () => {
    expect(terminalSafe(`a\u001b[31mred\u001b[0m\tb\nc\rd\u009b2J\u007f`)).toBe('a[31mred[0m\tb\ncd2J');
    const json = inertJson(JSON.stringify({ outlet: EVIL }));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json)).toEqual({ outlet: EVIL });
  });

  it('is what digestbot digest prints, in Markdown and in JSON', () => {
    const corpus = evilCorpus();
    const run = (json: boolean) => spawnSync(process.execPath, [join(ROOT, 'bin', 'digestbot.js'), 'digest', '--corpus', corpus, '--out', mkdtempSync(join(tmpdir(), 'out-')), '--date', '2025-05-24', ...(json ? ['--json'] : [])], { cwd: ROOT, encoding: 'utf8' });
    const md = run(false);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('Evil]0;pwned 2JNews');
    expect(md.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const json = run(true);
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect((JSON.parse(json.stdout) as { sources: { outlet: string }[] }).sources.map((s) => s.outlet)).toContain(EVIL);
  });

  it('is what the console chat prints', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'digestbot.js'), 'start'], { cwd: ROOT, encoding: 'utf8', input: '/swap sources\n/swap facts\n', env: { PATH: process.env.PATH, DIGEST_CORPUS: evilCorpus(), DATA_DIR: mkdtempSync(join(tmpdir(), 'digestbot-data-')) } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Evil]0;pwned 2JNews (');
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
