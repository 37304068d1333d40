import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshot, writeSnapshot, type Reading } from '../../src/corpus/index-snapshot.ts';
import { SENTENCE_KEYS } from '../../src/corpus/stored-sentences.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildDigest, buildGrowableIndex, headlineTerms, readArticle } from '../../src/engine/index.ts';
import { plainSentence } from '../../src/engine/corpus-index.ts';
import type { Article, Sentence } from '../../src/engine/types.ts';
import { QUAKE } from '../helpers/corpus.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function quake() {
  const r = await loadCorpus(QUAKE);
  if (!r.ok) throw new Error(r.error);
  return { articles: r.articles, ...buildGrowableIndex(r.articles, r.articles.map(readArticle)) };
}

/** Writes the index with `sentences` in its place and reads it back. */
async function roundTrip(articles: Article[], built: Awaited<ReturnType<typeof quake>>, sentences: Sentence[], reading: Reading = 'all') {
  const dir = mkdtempSync(join(tmpdir(), 'digestbot-stored-'));
  dirs.push(dir);
  const path = join(dir, 'index.snapshot');
  await writeSnapshot(path, 'engine-x', 'key-y', { ...built.index, sentences }, built.growth);
  return readSnapshot(path, 'engine-x', 'key-y', articles, reading);
}

describe('sentences read back from the snapshot', () => {
  it('given an index, have the fields the index makes, in its order', async () => {
    const { index } = await quake();
    expect(Object.keys(index.sentences[0]!)).toEqual([...SENTENCE_KEYS]);
  });

  it('given a snapshot, are read in part and give every field, each held list decoded once', async () => {
    const built = await quake();
    const back = await roundTrip(built.articles, built, built.index.sentences);
    const sentences = back.index!.sentences;
    expect(sentences.every((s) => Object.keys(s).length < SENTENCE_KEYS.length)).toBe(true);
    expect(sentences.map(plainSentence)).toEqual(built.index.sentences.map(plainSentence));
    expect(sentences[3]!.claims).toBe(sentences[3]!.claims);
    expect(JSON.stringify(sentences)).toBe(JSON.stringify(built.index.sentences));
  });

  it('given an index read only for its digest, holds their names and sources too, and gives the same fields and digest', async () => {
    const built = await quake();
    const back = (await roundTrip(built.articles, built, built.index.sentences, 'digest')).index!;
    expect(JSON.stringify(back.sentences)).toBe(JSON.stringify(built.index.sentences));
    expect(JSON.stringify(buildDigest(back, '2031-03-04', null))).toBe(JSON.stringify(buildDigest(built.index, '2031-03-04', null)));
  });

  it('given facts read back, cite the very text and span their sentences hold', async () => {
    const built = await quake();
    const back = await roundTrip(built.articles, built, built.index.sentences);
    const { facts, sentences } = back.index!;
    expect(JSON.stringify(facts)).toBe(JSON.stringify(built.index.facts));
    const ref = facts[0]!.sources[0]!;
    const s = sentences.find((x) => x.file === ref.file && x.span.start === ref.span.start)!;
    expect(ref.span).toBe(s.span);
    expect(ref.quote).toBe(s.text);
  });

  it('given sentences of one article with two publishers, reads the odd one whole and still gives it as written', async () => {
    const built = await quake();
    const sentences = built.index.sentences.map((s, i) => (i === 2 ? { ...s, publisher: 'Another Outlet' } : s));
    const back = await roundTrip(built.articles, built, sentences);
    expect(back.warning).toBeNull();
    expect(Object.keys(back.index!.sentences[2]!)).toEqual([...SENTENCE_KEYS]);
    expect(JSON.stringify(back.index!.sentences)).toBe(JSON.stringify(sentences));
  });

  it('given a sentence whose claims are not a list (a file no build writes), refuses the snapshot with a warning', async () => {
    const built = await quake();
    const sentences = built.index.sentences.map((s, i) => (i === 1 ? ({ ...plainSentence(s), claims: 'none' } as unknown as Sentence) : s));
    const back = await roundTrip(built.articles, built, sentences);
    expect(back.index).toBeNull();
    expect(back.warning).toMatch(/ignored the index snapshot .*unreadable body: a list expected/);
  });
});

describe('the rest of an index read back from the snapshot', () => {
  it.each(['all', 'answers', 'digest'] as const)('read for %s, gives the name counts, speakers and dropped passages as built (the passages sliced from their articles)', async (reading) => {
    const built = await quake();
    const back = (await roundTrip(built.articles, built, built.index.sentences, reading)).index!;
    expect(JSON.stringify(back.dropped)).toBe(JSON.stringify(built.index.dropped));
    expect(back.dropped.length).toBeGreaterThan(0);
    expect([...back.nameFrequency]).toEqual([...built.index.nameFrequency]);
    expect(back.nameFrequency).toBe(back.nameFrequency);
    expect([[...back.speakers.canonical], [...back.speakers.info], [...back.bySpeaker]]).toEqual([[...built.index.speakers.canonical], [...built.index.speakers.info], [...built.index.bySpeaker]]);
  });

  it('gives each title\'s terms as the digest scores headlines, and the digest the title it picks as built', async () => {
    const built = await quake();
    const back = (await roundTrip(built.articles, built, built.index.sentences, 'digest')).index!;
    expect(back.titleTerms).toEqual(built.index.titles.map((t) => (t ? headlineTerms(t) : null)));
    expect(back.titleTerms!.some((t) => t && t.length > 0)).toBe(true);
    expect(buildDigest(back, '2030-01-01').title).toBe(buildDigest(built.index, '2030-01-01').title);
  });
});
