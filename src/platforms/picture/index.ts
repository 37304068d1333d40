/**
 * The coverage picture (claims × outlets) of a digest: a Vega-Lite spec, rendered to SVG by Vega and to PNG by resvg.
 * @module
 */
import type { Digest } from '../../engine/index.ts';
import { coveragePng } from './render-png.ts';

export { coverageSpec } from './coverage-spec.ts';
export { coveragePng, coverageSvg } from './render-png.ts';

/** Makes a digest's picture; adapters take one so tests can count or fail it. */
export type PictureMaker = (d: Digest) => Promise<Buffer>;

const made = new WeakMap<Digest, Promise<Buffer>>();

/** The picture of a digest, drawn once per digest object (the service hands out the same object for a date). */
export const cachedCoveragePng: PictureMaker = (d) => {
  let png = made.get(d);
  if (!png) {
    png = coveragePng(d);
    made.set(d, png);
    png.catch(() => made.delete(d));
  }
  return png;
};
