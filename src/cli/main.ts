/**
 * `digestbot` command line. The contracts of `digest` and `ask` (flags, JSON shapes) are used by other tools:
 * keep them stable and documented in README.
 */
import { DIGEST_USAGE, digestCommand } from './digest-command.ts';
import { ASK_USAGE, askCommand } from './ask-command.ts';
import { EVAL_USAGE, evalCommand } from './eval-command.ts';
import { BENCH_USAGE, benchCommand } from './bench-command.ts';
import { discordCommand } from './discord-command.ts';
import { slackCommand } from './slack-command.ts';
import { runBot } from '../runtime.ts';
import { INGEST_USAGE, ingestCommand } from './ingest-command.ts';
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
const COMMAND_USAGE: Record<string, string> = {
  digest: DIGEST_USAGE,
  ask: ASK_USAGE,
  ingest: INGEST_USAGE,
  eval: EVAL_USAGE,
  bench: BENCH_USAGE,
  discord: 'usage: digestbot discord [register]   (configuration from the environment; see .env.example)',
  slack: 'usage: digestbot slack   (configuration from the environment; see .env.example)',
  start: 'usage: digestbot start   (configuration from the environment; with none, a console chat on stdin)',
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
    return await ingestCommand(argv, lines, { env: process.env, progress, signal: stop.signal });
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command && COMMAND_USAGE[command] && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(COMMAND_USAGE[command]!);
    return 0;
  }
  switch (command) {
    case 'digest':
      return digestCommand(rest, io);
    case 'ask':
      return askCommand(rest, io);
    case 'eval':
      return evalCommand(rest, io);
    case 'bench':
      return benchCommand(rest, io);
    case 'discord':
      return discordCommand(rest, io);
    case 'slack':
      return slackCommand(rest, io);
    case 'ingest':
      return ingestFromTerminal(rest, io);
    case 'start':
      return runBot({ env: process.env, platforms: 'auto', stdin: process.stdin, interactive: process.stdin.isTTY === true, out: io.out, err: io.err });
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
