/**
 * The bench's corpus: the seeds and the fixture stories, copied until there are N articles, each copy with every
 * capitalised word renamed and its numbers shifted, so names, speakers and vocabulary grow with the corpus as real
 * coverage of many stories does. Copy 0 is the stories as written, so the gold questions still find their answers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../engine/types.ts';
import { loadCorpus } from '../../corpus/load-corpus.ts';
import { PACKAGE_ROOT } from '../../corpus/load-index.ts';

export const STORY_DIRS = ['seeds', 'tests/fixtures/quake', 'tests/fixtures/wildfire', 'tests/fixtures/exchange'].map((d) => join(PACKAGE_ROOT, d));

/** "a", "b", … "z", "aa", …: a suffix per copy. */
export const letters = (n: number): string => {
  let s = '';
  for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(97 + ((x - 1) % 26)) + s;
  return s;
};

/** Copy `c` of an article: names renamed ("Ministry" → "Ministryab") and numbers shifted; copy 0 is the original. */
export function variant(a: Article, c: number, prefix = 'v'): Article {
  if (c === 0) return { ...a, file: `${prefix}0_${a.file.replace(/\.\w+$/, '')}.txt` };
  const suffix = letters(c);
  const text = a.text.replace(/\b(\p{Lu}\p{Ll}{3,})\b/gu, `$1${suffix}`).replace(/\b(\d{2,3})\b/g, (m) => String(Number(m) + (c % 7)));
  return { ...a, file: `${prefix}${c}_${a.file.replace(/\.\w+$/, '')}.txt`, outlet: `${a.outlet} ${suffix}`, text };
}

/** The stories' articles as loaded (HTML already reduced to text). */
export async function storyArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for (const dir of STORY_DIRS) {
    const r = await loadCorpus(dir);
    if (!r.ok) throw new Error(r.error);
    out.push(...r.articles);
  }
  return out;
}

/** Writes N varied articles and their sources.json into `dir`; returns their total size in bytes. */
export async function writeSyntheticCorpus(dir: string, n: number, base: Article[]): Promise<{ articles: Article[]; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) articles.push(variant(base[i % base.length]!, Math.floor(i / base.length)));
  let bytes = 0;
  for (const a of articles) {
    await writeFile(join(dir, a.file), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  const sources = articles.map((a) => ({ file: a.file, outlet: a.outlet, url: a.url, published: a.published }));
  await writeFile(join(dir, 'sources.json'), JSON.stringify(sources));
  return { articles, bytes };
}
