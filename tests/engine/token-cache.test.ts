import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../src/engine/ask/token-cache.ts';
import { tokenize } from '../../src/engine/text/tokens.ts';
import { termKey } from '../../src/engine/text/stem.ts';
import { nameSpans } from '../../src/engine/ask/spans.ts';

describe('sentence tokens read once', () => {
  it('gives the tokens tokenize gives, with each word’s match key, and the same object on a second look', () => {
    const text = 'The ferry struck the sandbank at 7:15 a.m., the coastguard said.';
    const first = tokensOf(text);
    expect(first.tokens).toEqual(tokenize(text));
    expect(first.keys).toEqual(tokenize(text).map((t) => (t.kind === 'word' ? termKey(t.text) : '')));
    expect(tokensOf(text)).toBe(first);
  });

  it('keeps a bounded number of sentences, dropping the oldest first', () => {
    const first = tokensOf('sentence number zero of many');
    for (let i = 1; i <= 9000; i++) tokensOf(`sentence number ${i} of many`);
    expect(tokensOf('sentence number zero of many')).not.toBe(first);
  });

  it('hands out copies of the names read, so a caller rekeying one does not change the next read', () => {
    const isName = () => true;
    const text = 'Mara Quint thanked the crew of the Port Alder lifeboat.';
    const first = nameSpans(text, isName);
    first[0]!.key = 'changed';
    expect(nameSpans(text, isName)[0]!.key).toBe('mara quint');
    expect(nameSpans(text, isName).map((n) => n.text)).toEqual(first.map((n) => n.text));
  });
});
