/**
 * The digest engine: articles in, facts, conflicts, digests and answers out. No I/O here; loading files lives in
 * src/corpus and posting in src/platforms.
 * @module
 */
export type * from './types.ts';
export { buildIndex, buildGrowableIndex, readArticle, type CorpusIndex, type IndexGrowth } from './corpus-index.ts';
export { extendIndex } from './extend-index.ts';
export { buildDigest, headlineTerms } from './digest.ts';
export { markdownPieces, renderMarkdown } from './render-markdown.ts';
export { cleanArticle } from './clean.ts';
export { ask, NOT_FOUND_ANSWER, type Answer, type AnswerStatus, type Citation } from './ask/index.ts';
