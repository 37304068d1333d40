import { inflateSync } from 'node:zlib';

/**
 * Decodes a PNG far enough to prove it is whole: the signature, the IHDR size, and the IDAT stream inflated to exactly
 * one filter byte plus one row of pixels per line. Throws on anything else.
 */
export function decodePng(png: Buffer): { width: number; height: number; bitDepth: number; colorType: number } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG signature');
  let at = 8;
  let header: { width: number; height: number; bitDepth: number; colorType: number } | null = null;
  const data: Buffer[] = [];
  for (;;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8]!, colorType: body[9]! };
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
    if (type === 'IEND') break;
    if (at >= png.length) throw new Error('PNG ends without IEND');
  }
  if (!header) throw new Error('PNG has no IHDR');
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[header.colorType] ?? 1;
  const expected = header.height * (1 + (header.width * channels * header.bitDepth) / 8);
  const pixels = inflateSync(Buffer.concat(data));
  if (pixels.length !== expected) throw new Error(`PNG pixel data is ${pixels.length} bytes, expected ${expected}`);
  return header;
}
