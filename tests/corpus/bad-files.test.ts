import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load-corpus.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { SEEDS } from '../helpers/corpus.ts';

/** A corpus folder with one good article from the seeds, and whatever the test adds. */
function corpusWith(add: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const seed = readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!;
  copyFileSync(join(SEEDS, seed), join(dir, seed));
  add(dir);
  return dir;
}

describe('files a corpus must not take as they are', () => {
  it('skips an article larger than the cap, with a warning that says why, reading none of it', async () => {
    const dir = corpusWith((d) => {
      writeFileSync(join(d, 'huge.txt'), '');
      truncateSync(join(d, 'huge.txt'), 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    });
    const r = await loadCorpus(dir);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles.map((a) => a.file)).not.toContain('huge.txt');
    expect(r.warnings).toContain(`huge.txt: skipped, it is ${50 * 1024 * 1024} bytes and the limit for one article is ${MAX_ARTICLE_BYTES}`);
    const ingested = await ingest([join(dir, 'huge.txt')], mkdtempSync(join(tmpdir(), 'corpus-')));
    expect(ingested).toMatchObject({ ok: true, outcomes: [{ status: 'failed', reason: `too large (${50 * 1024 * 1024} bytes; the limit is ${MAX_ARTICLE_BYTES})` }] });
  });

  it('warns about a file that is not valid UTF-8 instead of quoting replacement characters', async () => {
    const dir = corpusWith((d) => writeFileSync(join(d, 'latin1.txt'), Buffer.concat([Buffer.from('Le caf'), Buffer.from([0xe9]), Buffer.from(' a rouvert lundi, a dit le maire.\n')])));
    const r = await loadCorpus(dir);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles.map((a) => a.file)).not.toContain('latin1.txt');
    expect(r.warnings).toContain('latin1.txt: skipped, it is not valid UTF-8 text (first bad byte at offset 6); save it as UTF-8');
    expect(JSON.stringify(r.articles)).not.toContain('\uFFFD');
  });

  it('skips a device or other non-regular file that looks like an article', async () => {
    const dir = corpusWith((d) => symlinkSync('/dev/zero', join(d, 'zero.txt')));
    const r = await loadCorpus(dir);
    if (!r.ok) throw new Error(r.error);
    expect(r.warnings).toContain('zero.txt: skipped, it is not a regular file');
    const ingested = await ingest([join(dir, 'zero.txt')], mkdtempSync(join(tmpdir(), 'corpus-')));
    expect(ingested).toMatchObject({ ok: true, outcomes: [{ status: 'failed', reason: 'not a regular file' }] });
  });

  it.skipIf(process.platform === 'win32')('skips a named pipe that looks like an article, without waiting for a writer', async () => {
    const dir = corpusWith((d) => execFileSync('mkfifo', [join(d, 'pipe.txt')]));
    const r = await loadCorpus(dir);
    if (!r.ok) throw new Error(r.error);
    expect(r.warnings).toContain('pipe.txt: skipped, it is not a regular file');
  });

  it.each(['/dev/zero', '../outside.txt', 'sub/inner.txt'])('refuses to ingest into a corpus whose sources.json lists %s, and changes nothing', async (file) => {
    const dir = corpusWith((d) => writeFileSync(join(d, 'sources.json'), JSON.stringify([{ file, outlet: 'Somewhere' }])));
    const before = readFileSync(join(dir, 'sources.json'), 'utf8');
    const extra = join(mkdtempSync(join(tmpdir(), 'local-')), 'extra.md');
    writeFileSync(extra, '# A note\n\nVolunteers brought food and blankets to families sheltering in the school gym on Monday night, the mayor said.\n');
    const r = await ingest([extra], dir);
    expect(r).toEqual({ ok: false, error: `${join(dir, 'sources.json')} lists "${file}", which is not a file in ${dir}; fix or remove that entry. Nothing was changed.` });
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe(before);
  });
});
