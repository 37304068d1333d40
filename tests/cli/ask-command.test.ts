import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { askCommand } from '../../src/cli/ask-command.ts';
import { SEEDS } from '../helpers/corpus.ts';
import { captureIo } from '../helpers/io.ts';

/** The JSON line contract of `digestbot ask --json`. */
const AnswerJson = z.strictObject({
  question: z.string(),
  status: z.enum(['answered', 'disputed', 'not_found']),
  answer: z.string(),
  summary: z.string(),
  citations: z.array(z.strictObject({ outlet: z.string(), file: z.string(), quote: z.string(), speaker: z.string().nullable() })),
});

describe('digestbot ask', () => {
  it('answers one question as one JSON line', async () => {
    const io = captureIo();
    expect(await askCommand(['--corpus', SEEDS, '--json', 'who confirmed 120 civilians?'], io)).toBe(0);
    const lines = io.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(AnswerJson.parse(JSON.parse(lines[0]!))).toMatchObject({ status: 'answered', answer: "Russia's Defense Ministry" });
  });

  it('reads questions from stdin, one answer line per question, in order', async () => {
    const io = captureIo();
    const stdin = Readable.from(['who confirmed 120 civilians?\n\nwhere was the swap agreed?\n', 'what is the capital of France?\n']);
    expect(await askCommand(['--corpus', SEEDS, '--json'], io, stdin)).toBe(0);
    const answers = io.stdout.trim().split('\n').map((l) => AnswerJson.parse(JSON.parse(l)));
    expect(answers.map((a) => [a.question, a.status])).toEqual([
      ['who confirmed 120 civilians?', 'answered'],
      ['where was the swap agreed?', 'answered'],
      ['what is the capital of France?', 'not_found'],
    ]);
  });

  it('prints what a person reads: the answer, then each source as outlet: "quote"', async () => {
    const io = captureIo();
    await askCommand(['--corpus', SEEDS, 'who confirmed 120 civilians?'], io);
    expect(io.stdout).toMatchInlineSnapshot(`
      "Russia's Defense Ministry
        Clash Report (Russia's Defense Ministry): "Russia’s Ministry of Defense confirmed 270 soldiers and 120 civilians were returned in the initial swap."
        rki.news (Russia's Defense Ministry): "Meanwhile, Russia's Defense Ministry reported that 270 servicemen and 120 civilians were received from Ukraine."
      "
    `);
  });

  it('reports a missing corpus clearly', async () => {
    const io = captureIo();
    expect(await askCommand(['--corpus', '/nope', 'who?'], io)).toBe(1);
    expect(io.stderr).toContain('corpus folder /nope does not exist');
  });
});
