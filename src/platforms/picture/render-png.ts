/**
 * The coverage picture as a PNG: the Vega-Lite spec compiled to Vega, drawn to SVG by a headless Vega view (no
 * browser, no canvas), rasterised by resvg. The same digest gives the same bytes: the spec has no randomness or
 * clock, and resvg draws with the same fonts every time on one machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { Digest } from '../../engine/index.ts';
import { coverageSpec } from './coverage-spec.ts';

const MARGIN = 16;

/**
 * vega-lite, when loaded, sets `Set.prototype.toJSON` for the whole process (its compiler hashes specs with it).
 * Left there it changes every `JSON.stringify` of a Set, and discord.js fails to load after it ("string "Set()" is
 * not iterable"), so it is taken off at once and put back only while a spec compiles (synchronously).
 */
const vegaLiteSetToJson = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
if (vegaLiteSetToJson) delete (Set.prototype as { toJSON?: unknown }).toJSON;

function compileSpec(d: Digest) {
  if (!vegaLiteSetToJson) return compile(coverageSpec(d)).spec;
  Object.defineProperty(Set.prototype, 'toJSON', vegaLiteSetToJson);
  try {
    return compile(coverageSpec(d)).spec;
  } finally {
    delete (Set.prototype as { toJSON?: unknown }).toJSON;
  }
}

/** The picture as SVG text. */
export async function coverageSvg(d: Digest): Promise<string> {
  const view = new View(parse(compileSpec(d)), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The picture as PNG bytes. */
export async function coveragePng(d: Digest): Promise<Buffer> {
  const svg = await coverageSvg(d);
  const resvg = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' }, background: '#ffffff' });
  // Vega sizes the canvas by its rough text estimate; trim to what was actually drawn, with a margin.
  const drawn = resvg.getBBox();
  if (drawn) {
    drawn.x -= MARGIN;
    drawn.y -= MARGIN;
    drawn.width += 2 * MARGIN;
    drawn.height += 2 * MARGIN;
    resvg.cropByBBox(drawn);
  }
  return resvg.render().asPng();
}
