import { runBot } from '../runtime.ts';
import type { Io } from './io.ts';

/** `digestbot slack`: the bot on Slack only (HTTP mode on PORT, or Socket Mode with SLACK_APP_TOKEN), until stopped. */
export async function slackCommand(argv: string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  if (argv.length) {
    io.err('usage: digestbot slack');
    return 2;
  }
  return runBot({ env, platforms: 'slack', stdin: process.stdin, interactive: false, out: io.out, err: io.err });
}
