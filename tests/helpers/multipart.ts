/** Splits a multipart/form-data body into its parts, keeping file bytes intact. */
export function multipart(raw: Buffer, contentType: string): { name: string; filename: string | null; contentType: string; data: Buffer }[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return [];
  const sep = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: { name: string; filename: string | null; contentType: string; data: Buffer }[] = [];
  let at = raw.indexOf(sep);
  while (at !== -1) {
    const next = raw.indexOf(sep, at + sep.length);
    if (next === -1) break;
    const part = raw.subarray(at + sep.length + 2, next - 2); // after CRLF, before the CRLF that precedes the boundary
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    parts.push({
      name: /name="([^"]*)"/.exec(head)?.[1] ?? '',
      filename: /filename="([^"]*)"/.exec(head)?.[1] ?? null,
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'text/plain',
      data: part.subarray(split + 4),
    });
    at = next;
  }
  return parts;
}
