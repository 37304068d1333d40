/**
 * `digestbot` command line. The contracts of `digest` and `ask` (flags, JSON shapes) are used by other tools:
 * keep them stable and documented in README.
 */
import { digestCommand } from './digest-command.ts';
import { askCommand } from './ask-command.ts';
import { evalCommand } from './eval-command.ts';
import { benchCommand } from './bench-command.ts';
import { discordCommand } from './discord-command.ts';
import { slackCommand } from './slack-command.ts';
import { runBot } from '../runtime.ts';
import { ingestCommand } from './ingest-command.ts';
import { processIo, type Io } from './io.ts';

const USAGE = `usage: digestbot <command> [options]

commands:
  start    run the bot: Discord and/or Slack when configured, else a console chat on stdin (npm start)
  digest   build the digest of a corpus, print it and write it to digests/
  ingest   add files, web pages or feed items to a corpus
  ask      answer questions about a corpus (one argument, or one per line on stdin)
  eval     score gold question files
  bench    measure answer latency
  discord  run the Discord bot (or "discord register" to register /swap only)
  slack    run the Slack app (HTTP mode on PORT, or Socket Mode with SLACK_APP_TOKEN)

run "digestbot <command> --help" for a command's options`;

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
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
      return ingestCommand(rest, io);
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

process.exitCode = await run(process.argv.slice(2), processIo);
