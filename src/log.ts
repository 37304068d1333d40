/**
 * Structured logs (pino, one JSON object a line). Every line passes through a filter that replaces each configured
 * secret wherever it appears, so a token inside an error message or a URL never reaches the log.
 */
import pino, { type Logger } from 'pino';
import { inertJson } from './terminal.ts';

export type { Logger };

export interface Sink {
  write(line: string): void;
}

export function redact(line: string, secrets: string[]): string {
  let out = line;
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join('[redacted]');
  return out;
}

export function createLogger(opts: { level?: string; secrets?: string[]; sink?: Sink } = {}): Logger {
  const sink = opts.sink ?? process.stderr;
  const secrets = opts.secrets ?? [];
  return pino(
    { level: opts.level ?? 'info', base: undefined, redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' } },
    // DEL and C1 controls from article text are written as \u escapes (pino leaves them raw): same data, inert on a terminal.
    { write: (line: string) => sink.write(inertJson(redact(line, secrets))) },
  );
}
