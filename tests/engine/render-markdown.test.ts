import { describe, expect, it } from 'vitest';
import { buildDigest, markdownPieces, renderMarkdown } from '../../src/engine/index.ts';
import { indexOf, QUAKE, SEEDS } from '../helpers/corpus.ts';

describe('the Markdown in pieces', () => {
  it.each([
    ['the seeds', SEEDS],
    ['the landslide fixture', QUAKE],
  ])('given the digest of %s, is the whole Markdown, each piece whole lines', async (_name, dir) => {
    const digest = buildDigest(await indexOf(dir), '2031-03-04', null);
    const pieces = [...markdownPieces(digest)];
    expect(pieces.join('')).toBe(renderMarkdown(digest));
    for (const p of pieces) expect(p.endsWith('\n')).toBe(true);
  });

  it('given a digest of many lines, gives it in more than one piece', async () => {
    const digest = buildDigest(await indexOf(SEEDS), '2031-03-04', null);
    const many = { ...digest, sources: Array.from({ length: 3000 }, (_, i) => ({ ...digest.sources[0]!, file: `f${i}.txt` })) };
    const pieces = [...markdownPieces(many)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(renderMarkdown(many));
  });
});
