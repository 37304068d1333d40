/**
 * The bench's baseline: a MiniSearch BM25 index over the corpus's sentences, what someone would build instead of this
 * bot. Its "restart" loads its own serialised index; it has no digest. Used only by the bench (a dev dependency).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../../corpus/load-corpus.ts';
import type { Article } from '../../engine/types.ts';
import { benchQuestions, percentile } from './questions.ts';
import type { Figures } from './phase.ts';

interface SentenceDoc {
  id: number;
  file: string;
  outlet: string;
  text: string;
}

const OPTIONS = { fields: ['text'], storeFields: ['file', 'outlet', 'text'] };

/** Paragraphs split at sentence ends: the plain splitter such a retriever would use. */
function sentencesOf(a: Article, firstId: number): SentenceDoc[] {
  const out: SentenceDoc[] = [];
  for (const para of a.text.split(/\n+/)) {
    for (const s of para.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u)) if (s.trim().length > 20) out.push({ id: firstId + out.length, file: a.file, outlet: a.outlet, text: s.trim() });
  }
  return out;
}

const since = (t: number) => performance.now() - t;

async function load(work: string): Promise<MiniSearch<SentenceDoc>> {
  return MiniSearch.loadJSON<SentenceDoc>(await readFile(join(work, 'minisearch.json'), 'utf8'), OPTIONS);
}

export async function minisearchPhase(phase: string, dir: string, work: string, added: Article): Promise<Figures> {
  switch (phase) {
    case 'read': {
      const t = performance.now();
      const r = await loadCorpus(dir);
      if (!r.ok) throw new Error(r.error);
      const ms = new MiniSearch<SentenceDoc>(OPTIONS);
      let id = 0;
      for (const a of r.articles) {
        const docs = sentencesOf(a, id);
        id += docs.length;
        ms.addAll(docs);
      }
      const took = since(t);
      const bytes = r.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
      await writeFile(join(work, 'minisearch.json'), JSON.stringify(ms));
      return { ms: took, mbPerS: bytes / 1e6 / (took / 1000), sentences: id };
    }
    case 'restart': {
      const t = performance.now();
      await load(work);
      return { ms: since(t) };
    }
    case 'add': {
      const ms = await load(work);
      const t = performance.now();
      ms.addAll(sentencesOf(added, 1e9));
      return { ms: since(t) };
    }
    case 'ask': {
      const ms = await load(work);
      const questions = benchQuestions();
      for (const q of questions) ms.search(q);
      const times: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const q of questions) {
          const t = performance.now();
          ms.search(q).slice(0, 3);
          times.push(since(t));
        }
      }
      times.sort((a, b) => a - b);
      return { p50: percentile(times, 50), p99: percentile(times, 99), questions: questions.length };
    }
    case 'digest':
      return { na: 'a retriever has no digest' };
    case 'rebuild':
      return { na: 'its one saved index is the restart' };
    case 'add-among':
      return { na: 'where an added document sorts does not matter to it' };
  }
  throw new Error(`unknown phase ${phase}`);
}
