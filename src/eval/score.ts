/**
 * Scores answers against gold questions the way the public acceptance file describes: answers compared after
 * lower-casing, folding curly quotes, dropping thousands separators and reading number words as digits.
 */
import type { Answer } from '../engine/index.ts';
import { NUMBER_WORDS } from '../engine/text/lexicon.ts';
import type { GoldQuestion } from './gold.ts';

export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\b[a-z]+\b/g, (w) => (w in NUMBER_WORDS && w !== 'dozen' ? String(NUMBER_WORDS[w]) : w))
    .replace(/\s+/g, ' ')
    .trim();
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface QuestionScore {
  question: string;
  expected: GoldQuestion['status'];
  got: Answer['status'];
  correct: boolean;
  quotesVerbatim: number;
  quotes: number;
  why: string;
}

/** Whether one answer meets its gold entry; `fileText` reads a cited file to check its quotes. */
export function scoreAnswer(gold: GoldQuestion, a: Answer, fileText: (file: string) => string | null): QuestionScore {
  let verbatim = 0;
  for (const c of a.citations) {
    const text = fileText(c.file);
    if (text !== null && squash(text).includes(squash(c.quote))) verbatim++;
  }
  const base = { question: gold.q, expected: gold.status, got: a.status, quotesVerbatim: verbatim, quotes: a.citations.length };
  if (a.status !== gold.status) return { ...base, correct: false, why: `status ${a.status}, expected ${gold.status}` };
  if (gold.status === 'not_found') return { ...base, correct: true, why: '' };
  const answer = normalise(a.answer);
  if (gold.status === 'disputed') {
    const missing = gold.accept_all.filter((v) => !answer.includes(normalise(v)));
    return { ...base, correct: missing.length === 0, why: missing.length ? `answer lacks ${missing.join(', ')}` : '' };
  }
  const haystacks = gold.kind === 'what' ? [answer, normalise(a.summary)] : [answer];
  const short = gold.kind === 'what' || a.answer.split(/\s+/).length <= 15;
  const hit = gold.accept.some((x) => haystacks.some((h) => h.includes(normalise(x))));
  const cited = a.citations.length > 0;
  const correct = hit && short && cited;
  return { ...base, correct, why: correct ? '' : !hit ? `answer "${a.answer}" matches none of ${gold.accept.join(' | ')}` : !short ? 'answer longer than 15 words' : 'no citation' };
}

export interface FileScore {
  file: string;
  questions: number;
  answered: [number, number];
  disputed: [number, number];
  notFound: [number, number];
  quotes: [number, number];
  accuracy: number;
  failures: QuestionScore[];
}

export function summarise(file: string, scores: QuestionScore[]): FileScore {
  const of = (status: GoldQuestion['status']): [number, number] => {
    const s = scores.filter((x) => x.expected === status);
    return [s.filter((x) => x.correct).length, s.length];
  };
  const correct = scores.filter((x) => x.correct).length;
  return {
    file,
    questions: scores.length,
    answered: of('answered'),
    disputed: of('disputed'),
    notFound: of('not_found'),
    quotes: [scores.reduce((a, x) => a + x.quotesVerbatim, 0), scores.reduce((a, x) => a + x.quotes, 0)],
    accuracy: scores.length ? correct / scores.length : 1,
    failures: scores.filter((x) => !x.correct),
  };
}

export function renderTable(rows: FileScore[]): string {
  const cell = ([a, b]: [number, number]) => `${a}/${b}`;
  const lines = [
    '| gold file | questions | answered correctly | disputed detected | not_found respected | quotes verbatim | accuracy |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.file} | ${r.questions} | ${cell(r.answered)} | ${cell(r.disputed)} | ${cell(r.notFound)} | ${cell(r.quotes)} | ${(r.accuracy * 100).toFixed(1)}% |`),
  ];
  for (const r of rows) for (const f of r.failures) lines.push(`  ✗ ${r.file}: "${f.question}": ${f.why}`);
  return lines.join('\n');
}
