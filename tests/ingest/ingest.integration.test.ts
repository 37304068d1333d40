import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, type Outcome } from '../../src/ingest/ingest.ts';
import { digestCommand } from '../../src/cli/digest-command.ts';
import { ingestCommand } from '../../src/cli/ingest-command.ts';
import { SourcesFile } from '../../src/corpus/load-corpus.ts';
import { AddressPolicy } from '../../src/ingest/address-policy.ts';
import { FixtureWeb } from '../helpers/fixture-web.ts';
import { captureIo } from '../helpers/io.ts';
import { ROOT } from '../helpers/corpus.ts';
import { ask, type Digest } from '../../src/engine/index.ts';
import { loadIndex } from '../../src/corpus/load-index.ts';

// The fixture server is on loopback, which only an explicit allowance lets the fetcher reach.
const OPTS = { perHostDelayMs: 5, fetch: { timeoutMs: 400, maxBytes: 1_000_000, policy: AddressPolicy.allowing(['127.0.0.1']) } };
const reasonOf = (outcomes: Outcome[], input: string) => outcomes.find((o) => o.input === input);

// Ingest against a local web server: pages with clutter, RSS and Atom feeds, and every kind of bad input.
describe('digestbot ingest', () => {
  const web = new FixtureWeb();
  const corpus = mkdtempSync(join(tmpdir(), 'corpus-'));
  const out = mkdtempSync(join(tmpdir(), 'digests-'));
  let first: Digest;
  let second: Digest;
  let batch: Outcome[];

  beforeAll(async () => {
    await web.start();
    const r1 = await ingest([web.url('/harbor.html')], corpus, OPTS);
    if (!r1.ok) throw new Error(r1.error);
    await digestCommand(['--corpus', corpus, '--out', out, '--date', '2031-03-03', '--json'], captureIo());
    first = JSON.parse(readFileSync(join(out, '2031-03-03.json'), 'utf8')) as Digest;

    const empty = join(mkdtempSync(join(tmpdir(), 'local-')), 'empty.txt');
    writeFileSync(empty, '   \n');
    const local = join(mkdtempSync(join(tmpdir(), 'local-')), 'valley-extra.md');
    writeFileSync(local, '# Velmora shelters open\n\nVolunteers from nearby villages brought food and blankets to families sheltering in the Velmora school gym on Monday night, Mayor Lena Hofer said, while rescuers kept searching the mud below the slope.\n');
    const r2 = await ingest(
      [
        web.url('/rss.xml'),
        web.url('/atom.xml'),
        web.url('/wire-copy.html'),
        web.url('/cup-final.html'),
        web.url('/slow'),
        web.url('/huge'),
        web.url('/binary.html'),
        web.url('/broken-encoding.html'),
        web.url('/not-article.html'),
        web.url('/bad-feed.xml'),
        'http://127.0.0.1:9/nothing-listens-here',
        join(ROOT, 'tests', 'fixtures', 'web', 'nope.txt'),
        join(ROOT, 'package.json'),
        empty,
        local,
      ],
      corpus,
      OPTS,
    );
    if (!r2.ok) throw new Error(r2.error);
    batch = r2.outcomes;
    await digestCommand(['--corpus', corpus, '--out', out, '--date', '2031-03-04', '--json'], captureIo());
    second = JSON.parse(readFileSync(join(out, '2031-03-04.json'), 'utf8')) as Digest;
  }, 20_000);

  afterAll(async () => {
    await web.stop();
  });

  it('adds a feed’s articles with their outlets and dates, and an Atom feed’s too', () => {
    const sources = SourcesFile.parse(JSON.parse(readFileSync(join(corpus, 'sources.json'), 'utf8')));
    expect(sources.map((s) => [s.outlet, s.published])).toEqual(
      expect.arrayContaining([
        ['Harbor Times', '2031-03-03'],
        ['Alpine Wire', '2031-03-04'],
        ['Valley News', '2031-03-04'],
        ['Metro Daily', '2031-03-04'],
      ]),
    );
    expect(reasonOf(batch, web.url('/harbor.html'))).toMatchObject({ status: 'skipped', reason: 'already in the corpus (same address)' });
  });

  it('saves each article as a plain text file without the page clutter', () => {
    const file = readdirSync(corpus).find((f) => f.includes('harbor-times'))!;
    const text = readFileSync(join(corpus, file), 'utf8');
    expect(text.startsWith('Landslide buries part of mountain town\n\n')).toBe(true);
    for (const junk of ['Share on X', 'Related stories', 'Great reporting', 'All rights reserved', 'Home']) expect(text).not.toContain(junk);
  });

  it.each([
    ['/missing', 'HTTP 404 Not Found'],
    ['/slow', 'no answer within 0.4 s'],
    ['/huge', 'too large (more than 1000000 bytes)'],
    ['/binary.html', 'binary content, not text'],
    ['/broken-encoding.html', 'broken utf-8 encoding'],
    ['/not-article.html', 'not an article (no body of prose found)'],
    ['/bad-feed.xml', 'malformed feed'],
  ])('reports %s in one line with its reason', (path, reason) => {
    const o = reasonOf(batch, web.url(path));
    expect(o?.status).toBe('failed');
    expect(o && 'reason' in o ? o.reason : '').toContain(reason);
  });

  it('reports bad local inputs and unreachable addresses, and still takes the rest of the batch', () => {
    expect(reasonOf(batch, 'http://127.0.0.1:9/nothing-listens-here')).toMatchObject({ status: 'failed', reason: expect.stringContaining('unreachable') });
    expect(batch.find((o) => o.input.endsWith('nope.txt'))).toMatchObject({ status: 'failed', reason: 'no such file, folder or http(s) address' });
    expect(batch.find((o) => o.input.endsWith('package.json'))).toMatchObject({ status: 'failed', reason: 'not a .txt, .md or .html file' });
    expect(batch.find((o) => o.input.endsWith('empty.txt'))).toMatchObject({ status: 'failed', reason: 'empty file' });
    expect(batch.find((o) => o.input.endsWith('valley-extra.md'))).toMatchObject({ status: 'added' });
  });

  it('opens the next digest with what changed: a toll that rose, facts newly corroborated, new facts', () => {
    expect(first.changes).toBeUndefined();
    expect(second.since).toBe('2031-03-03');
    expect(second.new_outlets).toEqual(expect.arrayContaining(['Alpine Wire', 'Valley News', 'Metro Daily']));
    expect(second.new_outlets).not.toContain('Harbor Times');
    const kinds = new Set(second.changes!.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['new', 'changed', 'corroborated']));
    expect(second.changes!.find((c) => c.kind === 'changed' && c.before === '14 people')?.after).toBe('18 killed');
    const aid = second.changes!.find((c) => c.kind === 'corroborated' && second.facts.find((f) => f.id === c.fact_id)?.numbers[0]?.value === 40_000_000);
    expect(aid?.before).toBe('Harbor Times');
  });

  it('tells a figure updated from one day to the next from a disagreement, and answers with the latest', async () => {
    const missing = second.conflicts.find((c) => c.topic.startsWith('people missing'));
    expect(missing).toMatchObject({ kind: 'update' });
    expect(missing!.values.map((v) => [v.value, v.published])).toEqual([
      [9, '2031-03-03'],
      [7, '2031-03-04'],
    ]);
    const loaded = await loadIndex(corpus);
    if (!loaded.ok) throw new Error(loaded.error);
    const a = ask(loaded.index, 'how many people are still missing?');
    expect(a).toMatchObject({ status: 'answered', answer: 'seven people' });
    expect(a.summary).toContain('9 (2031-03-03) → 7 (2031-03-04)');
  });

  it('keeps a reprinted wire story but counts it once, saying "via"', () => {
    const fact = second.facts.find((f) => f.sources.some((s) => s.outlet === 'Metro Daily'))!;
    expect(fact.sources.find((s) => s.outlet === 'Metro Daily')?.via).toBe('Alpine Wire');
    expect(fact.outlets).not.toContain('Metro Daily');
    expect(readFileSync(join(out, '2031-03-04.md'), 'utf8')).toContain('Metro Daily via Alpine Wire');
  });

  it('sets an off-topic article aside with its reason, out of the facts', () => {
    expect(second.dropped.find((d) => d.text === 'Local team wins the cup in extra time')?.reason).toMatch(/^not about the same story/);
    expect(JSON.stringify(second.facts)).not.toContain('extra time');
  });

  it('sends a conditional request for a feed already polled, and takes nothing twice', async () => {
    const again = await ingest([web.url('/rss.xml'), web.url('/alpine.html')], corpus, OPTS);
    if (!again.ok) throw new Error(again.error);
    expect(again.outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped']);
    expect(web.hits.filter((h) => h.path === '/rss.xml').at(-1)?.ifNoneMatch).toBe('"rss-v1"');
  });

  it('prints one line per input and exits 1 when an input failed', async () => {
    const io = captureIo();
    expect(await ingestCommand(['--corpus', corpus, web.url('/missing'), web.url('/valley.html')], io, { env: { ALLOW_PRIVATE_FETCH: '127.0.0.1' } })).toBe(1);
    expect(io.stdout.trim().split('\n')).toEqual([`failed  ${web.url('/missing')}: HTTP 404 Not Found`, `skipped ${web.url('/valley.html')}: already in the corpus (same address)`]);
  });

  it('refuses to write into a corpus whose sources.json is malformed, and changes nothing', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(bad, 'sources.json'), '{ not json');
    const r = await ingest([web.url('/valley.html')], bad, OPTS);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('is not valid JSON') });
    expect(readdirSync(bad)).toEqual(['sources.json']);
  });
});
