/**
 * Scores answers against gold questions the way the public acceptance file describes: answers compared after
 * lower-casing, folding curly quotes, dropping thousands separators and reading number words as digits.
 */
import type { Answer } from '../engine/index.ts';
import { NUMBER_WORDS } from '../engine/text/lexicon.ts';
import type { GoldQuestion } from './gold.ts';
import type { DigestCheck } from './digest-checks.ts';

const MONTH_NAMES: Record<string, string> = { jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december' };

export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    // "forty-six" is 46, as "forty" is 40.
    .replace(/\b([a-z]+)-([a-z]+)\b/g, (w, tens: string, unit: string) => {
      const [t, u] = [NUMBER_WORDS[tens], NUMBER_WORDS[unit]];
      return t !== undefined && u !== undefined && t >= 20 && t < 100 && t % 10 === 0 && u >= 1 && u <= 9 ? String(t + u) : w;
    })
    .replace(/\b[a-z]+\b/g, (w) => (w in NUMBER_WORDS && w !== 'dozen' ? String(NUMBER_WORDS[w]) : w))
    // "Nov. 2" and "November 2" are one date.
    .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?=\s*\d)/g, (_, m: string) => MONTH_NAMES[m]!)
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
  right: number;
  /** Answers given that are not right, including any answer where the coverage is silent. */
  wrong: number;
  /** not_found where gold has an answer. */
  abstained: number;
  answered: [number, number];
  disputed: [number, number];
  notFound: [number, number];
  quotes: [number, number];
  accuracy: number;
  failures: QuestionScore[];
  digest: DigestCheck[];
  digestQuotes: [number, number];
}

export function summarise(file: string, scores: QuestionScore[], digest: DigestCheck[] = [], digestQuotes: [number, number] = [0, 0]): FileScore {
  const of = (status: GoldQuestion['status']): [number, number] => {
    const s = scores.filter((x) => x.expected === status);
    return [s.filter((x) => x.correct).length, s.length];
  };
  const right = scores.filter((x) => x.correct).length;
  const abstained = scores.filter((x) => !x.correct && x.got === 'not_found').length;
  return {
    file,
    questions: scores.length,
    right,
    wrong: scores.length - right - abstained,
    abstained,
    answered: of('answered'),
    disputed: of('disputed'),
    notFound: of('not_found'),
    quotes: [scores.reduce((a, x) => a + x.quotesVerbatim, 0), scores.reduce((a, x) => a + x.quotes, 0)],
    accuracy: scores.length ? right / scores.length : 1,
    failures: scores.filter((x) => !x.correct),
    digest,
    digestQuotes,
  };
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '–');
const cell = ([a, b]: [number, number]) => `${a}/${b}`;
const sum = (rows: FileScore[], f: (r: FileScore) => number) => rows.reduce((a, r) => a + f(r), 0);
const checks = (r: FileScore, kind: DigestCheck['kind']): [number, number] => {
  const c = r.digest.filter((x) => x.kind === kind);
  return [c.filter((x) => x.passed).length, c.length];
};

/** One row per story and a total: right, wrong and abstained apart, precision = right / (right + wrong). */
export function renderTable(rows: FileScore[], opts: { failures?: boolean } = {}): string {
  const row = (name: string, rs: FileScore[]) => {
    const right = sum(rs, (r) => r.right);
    const wrong = sum(rs, (r) => r.wrong);
    const q = sum(rs, (r) => r.questions);
    const two = (f: (r: FileScore) => [number, number]): [number, number] => [sum(rs, (r) => f(r)[0]), sum(rs, (r) => f(r)[1])];
    return `| ${name} | ${q} | ${right} (${pct(right, q)}) | ${wrong} | ${sum(rs, (r) => r.abstained)} | ${pct(right, right + wrong)} | ${cell(two((r) => r.notFound))} | ${cell(two((r) => r.quotes))} | ${cell(two((r) => checks(r, 'mention')))} | ${cell(two((r) => checks(r, 'conflict')))} | ${cell(two((r) => checks(r, 'junk')))} | ${cell(two((r) => r.digestQuotes))} |`;
  };
  const lines = [
    '| story | questions | right | wrong | abstained | precision | not_found kept | answer quotes verbatim | digest mentions | digest conflicts | junk absent | digest quotes verbatim |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => row(r.file, [r])),
    ...(rows.length > 1 ? [row('**total**', rows)] : []),
  ];
  if (opts.failures !== false) {
    for (const r of rows) for (const f of r.failures) lines.push(`  ✗ ${f.got === 'not_found' ? 'abstained' : 'WRONG'} ${r.file}: "${f.question}": ${f.why}`);
    for (const r of rows) for (const c of r.digest.filter((x) => !x.passed)) lines.push(`  ✗ digest ${c.kind} ${r.file}: ${c.what}: ${c.why}`);
  }
  return lines.join('\n');
}
