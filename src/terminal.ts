/**
 * Text and JSON fit for a terminal. Article text must not move the cursor, recolour the screen or retitle the window
 * of whoever reads a digest, an answer or a log line.
 */

/** Control characters removed (escape sequences, carriage returns, C1 controls such as U+009B); tabs and newlines kept. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** JSON text with DEL and C1 controls written as \u escapes (JSON.stringify escapes only C0): the same data, inert. */
export function inertJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
