import { inertJson, terminalSafe } from '../terminal.ts';

/** Where a command writes: real stdout/stderr in the CLI, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** JSON for a terminal: the same data, nothing a terminal would act on. */
export function terminalJson(value: unknown): string {
  return inertJson(JSON.stringify(value));
}

export const processIo: Io = {
  out: (t) => process.stdout.write(terminalSafe(t.endsWith('\n') ? t : `${t}\n`)),
  err: (t) => process.stderr.write(terminalSafe(t.endsWith('\n') ? t : `${t}\n`)),
};
