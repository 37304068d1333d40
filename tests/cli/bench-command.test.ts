import { describe, expect, it } from 'vitest';
import { benchCommand } from '../../src/cli/bench-command.ts';
import { variant } from '../../src/cli/bench/synthetic-corpus.ts';
import { makeArticle } from '../helpers/corpus.ts';
import { captureIo } from '../helpers/io.ts';

describe('digestbot bench', () => {
  it.each([['x'], ['2'], ['1.5']])('given --articles %s, refuses with usage and exit code 2', async (n) => {
    const io = captureIo();
    expect(await benchCommand(['--articles', n], io)).toBe(2);
    expect(io.stderr).toMatch(/--articles must be a whole number of at least 3[\s\S]*usage: digestbot bench/);
  });

  it('varies names and numbers per copy and keeps copy 0 as written', () => {
    const a = makeArticle({ file: 'x.html', text: 'Officials in Velmora said 14 people died.' });
    expect(variant(a, 0)).toMatchObject({ file: 'v0_x.txt', text: a.text, outlet: a.outlet });
    expect(variant(a, 2)).toMatchObject({ file: 'v2_x.txt', text: 'Officialsc in Velmorac said 16 people died.', outlet: `${a.outlet} c` });
  });
});
