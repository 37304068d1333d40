/**
 * `digestbot bench --articles N`: one synthetic corpus, the same phases for this bot and for a MiniSearch BM25
 * retriever, each phase in a child process that reports its own time and peak RSS (`process.resourceUsage().maxRSS`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../io.ts';
import type { Figures } from './phase.ts';
import { storyArticles, writeSyntheticCorpus } from './synthetic-corpus.ts';

const PHASE_SCRIPT = fileURLToPath(new URL('./phase.ts', import.meta.url));
/** tsx's loader by its own address, so the children run wherever the bench is started from. */
const TSX = import.meta.resolve('tsx');
const PHASES = ['read', 'restart', 'rebuild', 'add', 'add-among', 'ask', 'digest'] as const;
const ENGINES = ['digestbot', 'minisearch'] as const;

function runPhase(engine: string, phase: string, dir: string, work: string): Figures {
  const r = spawnSync(process.execPath, ['--import', TSX, PHASE_SCRIPT, engine, phase, dir, work], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${engine} ${phase} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Figures;
}

const num = (f: Figures, k: string) => Number(f[k]);
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

/** One cell of the table: the phase's figure, then its peak RSS. */
function cell(engine: string, phase: string, f: Figures): string {
  if (f.na) return 'n/a';
  const parts = (...keys: [string, string][]) => keys.map(([label, k]) => `${label} ${ms(num(f, k))}`).join(', ');
  const bot = engine === 'digestbot';
  switch (phase) {
    case 'read':
      return `${ms(num(f, 'ms'))}, ${num(f, 'mbPerS').toFixed(2)} MB/s${bot ? ` (${parts(['files', 'filesMs'], ['analysis', 'cacheMs'], ['set', 'indexMs'], ['storing the snapshot', 'storeMs'])})` : ''}`;
    case 'restart':
    case 'rebuild':
      return `${ms(num(f, 'ms'))}${bot ? ` (${parts(['files', 'filesMs'], [f.snapshot ? 'snapshot' : 'per-article cache', 'cacheMs'], ['set', 'indexMs'], ['storing the snapshot', 'storeMs'])})` : ''}`;
    case 'add':
    case 'add-among':
      return `${ms(num(f, 'ms'))}${bot ? ` (its own analysis ${ms(num(f, 'ownMs'))}; ${parts(['files', 'filesMs'], ['cache', 'cacheMs'], ['set', 'indexMs'], ['storing', 'storeMs'])}; then facts and conflicts on first use ${ms(num(f, 'factsMs'))})` : ''}`;
    case 'ask':
      return `p50 ${ms(num(f, 'p50'))}, p99 ${ms(num(f, 'p99'))}${bot ? ` (after a load of ${ms(num(f, 'loadMs'))}${f.snapshot ? ' from the snapshot' : ''})` : ''}`;
    default:
      return `${ms(num(f, 'ms'))} (load ${ms(num(f, 'loadMs'))}, digest ${ms(num(f, 'digestMs'))}${f.writeMs === undefined ? '' : `, writing it as .md and .json ${ms(num(f, 'writeMs'))}`})`;
  }
}

const LABELS: Record<(typeof PHASES)[number], string> = {
  read: 'first read',
  restart: 'restart from the cache',
  rebuild: 'restart, snapshot stale',
  add: 'add one article',
  'add-among': 'add one, sorting among',
  ask: 'ask (fixed question mix)',
  digest: 'digest from the cache',
};

export async function scaleBench(n: number, io: Io, keep: boolean): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'digestbot-bench-'));
  const dir = join(work, 'corpus');
  try {
    const { bytes } = await writeSyntheticCorpus(dir, n, await storyArticles());
    io.out(`synthetic corpus: ${n} articles, ${(bytes / 1e6).toFixed(1)} MB (the seeds and fixture stories, names and numbers varied per copy)`);
    for (const engine of ENGINES) {
      io.out(engine === 'digestbot' ? '\ndigestbot (analysis cache in <corpus>/.digestbot-cache)' : '\nMiniSearch BM25 over sentences (its index saved as JSON)');
      for (const phase of PHASES) {
        const f = runPhase(engine, phase, dir, work);
        io.out(`  ${LABELS[phase].padEnd(25)} ${cell(engine, phase, f)}${f.na ? '' : `; peak RSS ${num(f, 'rssMB').toFixed(0)} MB`}`);
      }
    }
    if (keep) io.out(`\nkept ${work}`);
    return 0;
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}
