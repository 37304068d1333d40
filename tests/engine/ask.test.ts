import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ask, NOT_FOUND_ANSWER } from '../../src/engine/index.ts';
import { goldFiles, runEval } from '../../src/eval/run-eval.ts';
import { QUAKE, ROOT, SEEDS, fileText, indexOf } from '../helpers/corpus.ts';

describe('ask over the seed coverage', async () => {
  const index = await indexOf(SEEDS);

  it('answers "who confirmed 120 civilians?" with the ministry and each outlet’s own sentence', () => {
    const a = ask(index, 'who confirmed 120 civilians?');
    expect(a).toMatchObject({ status: 'answered', answer: "Russia's Defense Ministry" });
    expect(new Set(a.citations.map((c) => c.outlet)).size).toBe(a.citations.length);
    for (const c of a.citations) {
      expect(c.quote).toMatch(/120 civilians/);
      expect(fileText(SEEDS, c.file)).toContain(c.quote);
    }
  });

  it('answers with the source of the words asked about, not another source in the same sentence', () => {
    expect(ask(index, 'who said the exchange was ongoing?').answer).toBe('an official');
    expect(ask(index, 'who said the swap had been completed?').answer).toBe('Donald Trump');
  });

  it('shows both sides when outlets disagree', () => {
    const a = ask(index, 'how many people were killed in the strike on Odesa?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/one person .*Arab News.* vs two workers .*Associated Press/);
    expect(new Set(a.citations.map((c) => c.outlet)).size).toBe(2);
  });

  it('reads numbers as words or digits and paraphrases of the event', () => {
    expect(ask(index, 'how many POWs came back in the first stage?').answer).toMatch(/^390 /);
    expect(ask(index, 'how many were wounded in the Odesa strike?').answer).toMatch(/^eight/);
  });

  it.each([
    'what is the name of Russia’s chief negotiator in Istanbul?',
    'who brokered the deal?',
    'how many tanks did Russia lose?',
    'how many journalists have been killed?',
    'when will the next round of talks be held?',
    'what did Boris Johnson say about the swap?',
    'what is the capital of France?',
    'who won the 2022 World Cup?',
    '',
    '???',
  ])('says the coverage does not say, with no guess: %j', (q) => {
    const a = ask(index, q);
    expect(a).toMatchObject({ status: 'not_found', answer: NOT_FOUND_ANSWER, citations: [] });
  });
});

describe('the gold evaluation', () => {
  it('passes every public acceptance question, quotes verbatim', async () => {
    const r = await runEval(goldFiles([join(ROOT, 'tests', 'gold', 'seeds-public.json')], ROOT), ROOT);
    if (!r.ok) throw new Error(r.error);
    expect(r.rows[0]!.failures).toEqual([]);
    expect(r.rows[0]!.quotes[0]).toBe(r.rows[0]!.quotes[1]);
  });

  it('scores at least 90% on our own questions over the seeds and the two fixture stories, quotes all verbatim', async () => {
    const r = await runEval(goldFiles(['seeds-extra.json', 'quake.json', 'exchange.json', 'wildfire.json'].map((f) => join(ROOT, 'tests', 'gold', f)), ROOT), ROOT);
    if (!r.ok) throw new Error(r.error);
    expect(r.rows.reduce((n, x) => n + x.questions, 0)).toBeGreaterThanOrEqual(40);
    for (const row of r.rows) {
      expect(row.accuracy, row.file).toBeGreaterThanOrEqual(0.9);
      expect(row.quotes[0]).toBe(row.quotes[1]);
    }
  });

  it('keeps precision on every test story at 97% or more: a wrong answer costs more than an abstention', async () => {
    const r = await runEval(goldFiles([], ROOT), ROOT);
    if (!r.ok) throw new Error(r.error);
    const right = r.rows.reduce((n, x) => n + x.right, 0);
    const wrong = r.rows.reduce((n, x) => n + x.wrong, 0);
    expect(right / (right + wrong)).toBeGreaterThanOrEqual(0.97);
    for (const row of r.rows) {
      expect(row.quotes[0], `${row.file}: answer quotes verbatim`).toBe(row.quotes[1]);
      expect(row.digestQuotes[0], `${row.file}: digest quotes verbatim`).toBe(row.digestQuotes[1]);
    }
  });

  it('answers the fixture story’s toll question as disputed with every value', async () => {
    const a = ask(await indexOf(QUAKE), 'how many people died in the Velmora landslide?');
    expect(a.status).toBe('disputed');
    for (const v of ['12', '14', '16']) expect(a.answer).toContain(v);
  });
});

describe('ask, on paraphrases and forms of questions', async () => {
  const index = await indexOf(SEEDS);
  it.each([
    ['How many Ukrainian prisoners were released on May 23?', /^390 /],
    ['how many drones did Russia shoot down?', /^788 /],
    ['who is Dmitry Peskov?', /^Kremlin spokesman Dmitry Peskov$/],
    ['which ministry confirmed 120 civilians?', /^Russia's Defense Ministry$/],
    ['how many civilians did Russia receive?', /^120 civilians$/],
    ['what is the total number of prisoners to be exchanged?', /^1,000 prisoners$/],
    ['what did Zelenskyy write on Telegram?', /important to bring everyone home/],
  ])('%s', (q, answer) => {
    const a = ask(index, q);
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(answer);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe('ask, when a later report gives another figure', () => {
  it('answers with the latest figure and says what it was before, citing both', async () => {
    const a = ask(await indexOf(join(ROOT, 'tests', 'fixtures', 'wildfire')), 'how many homes were destroyed?');
    expect(a.answer).toBe('90 homes');
    expect(a.summary).toContain('85 (2033-08-14) → 90 (2033-08-15)');
    expect(a.citations.map((c) => c.outlet)).toContain('Solano Daily');
  });
});
