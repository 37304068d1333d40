/**
 * `digestbot` command line. The contracts of `digest` and `ask` (flags, JSON shapes) are used by other tools:
 * keep them stable and documented in README.
 */
// Each command's module is imported when that command runs: all of them at once (the platforms' clients, the
// picture renderer, the stores) took over a hundred megabytes before `digestbot ask` read a single article.
import { processIo, type Io } from './io.ts';
import { terminalSafe } from '../terminal.ts';

const USAGE = `usage: digestbot <command> [options]

commands:
  start    run the bot: Discord and/or Slack when configured, else a console chat on stdin (npm start)
  digest   build the digest of a corpus, print it and write it to digests/
  ingest   add files, web pages or feed items to a corpus
  ask      answer questions about a corpus (one argument, or one per line on stdin)
  eval     score gold question files
  bench    measure reading, restart, answer and digest times (--articles N: against a BM25 retriever)
  discord  run the Discord bot (or "discord register" to register /swap only)
  slack    run the Slack app (HTTP mode on PORT, or Socket Mode with SLACK_APP_TOKEN)

run "digestbot <command> --help" for a command's options`;

/** Each command's options, for `digestbot <command> --help`. */
const COMMAND_USAGE: Record<string, () => Promise<string>> = {
  digest: async () => (await import('./digest-command.ts')).DIGEST_USAGE,
  ask: async () => (await import('./ask-command.ts')).ASK_USAGE,
  ingest: async () => (await import('./ingest-command.ts')).INGEST_USAGE,
  eval: async () => (await import('./eval-command.ts')).EVAL_USAGE,
  bench: async () => (await import('./bench-command.ts')).BENCH_USAGE,
  discord: async () => 'usage: digestbot discord [register]   (configuration from the environment; see .env.example)',
  slack: async () => 'usage: digestbot slack   (configuration from the environment; see .env.example)',
  start: async () => 'usage: digestbot start   (configuration from the environment; with none, a console chat on stdin)',
};

/** `digestbot ingest` with progress on a terminal, and Ctrl-C stopping between two steps rather than mid-write. */
async function ingestFromTerminal(argv: string[], io: Io): Promise<number> {
  const stop = new AbortController();
  const onSigint = () => stop.abort();
  process.once('SIGINT', onSigint);
  const tty = process.stderr.isTTY;
  const progress = tty ? (m: string) => process.stderr.write(`\r\x1b[K${terminalSafe(m).slice(0, 100)}`) : undefined;
  const clear = () => void (tty && process.stderr.write('\r\x1b[K'));
  const lines: Io = { out: (t) => (clear(), io.out(t)), err: (t) => (clear(), io.err(t)) };
  try {
    const { ingestCommand } = await import('./ingest-command.ts');
    return await ingestCommand(argv, lines, { env: process.env, progress, signal: stop.signal });
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command && COMMAND_USAGE[command] && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(await COMMAND_USAGE[command]!());
    return 0;
  }
  switch (command) {
    case 'digest':
      return (await import('./digest-command.ts')).digestCommand(rest, io);
    case 'ask':
      return (await import('./ask-command.ts')).askCommand(rest, io);
    case 'eval':
      return (await import('./eval-command.ts')).evalCommand(rest, io);
    case 'bench':
      return (await import('./bench-command.ts')).benchCommand(rest, io);
    case 'discord':
      return (await import('./discord-command.ts')).discordCommand(rest, io);
    case 'slack':
      return (await import('./slack-command.ts')).slackCommand(rest, io);
    case 'ingest':
      return ingestFromTerminal(rest, io);
    case 'start': {
      const { runBot } = await import('../runtime.ts');
      return runBot({ env: process.env, platforms: 'auto', stdin: process.stdin, interactive: process.stdin.isTTY === true, out: io.out, err: io.err });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

const code = await run(process.argv.slice(2), processIo);
// The bot commands have stopped cleanly by now; a platform client's pending retry timer must not keep the process
// alive after a SIGTERM, so they exit at once. The other commands end when their work is done.
if (['start', 'discord', 'slack'].includes(process.argv[2] ?? '') && !process.argv.includes('register')) process.exit(code);
process.exitCode = code;
