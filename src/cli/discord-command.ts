import { discordConfig, loadConfig, secretsOf } from '../config.ts';
import { createLogger } from '../log.ts';
import { createRest, registerCommands } from '../platforms/discord/register.ts';
import { runBot } from '../runtime.ts';
import type { Io } from './io.ts';

/**
 * `digestbot discord` runs the bot on Discord only (with the store and the daily scheduler) until SIGINT/SIGTERM;
 * `digestbot discord register` only registers the slash command. Configuration comes from the environment.
 */
export async function discordCommand(argv: string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  if (argv.length === 0) return runBot({ env, platforms: 'discord', stdin: process.stdin, interactive: false, out: io.out, err: io.err });
  if (argv[0] !== 'register' || argv.length > 1) {
    io.err('usage: digestbot discord [register]');
    return 2;
  }
  const parsed = loadConfig(env);
  if (!parsed.ok) return (io.err(parsed.error), 1);
  const discord = discordConfig(parsed.value);
  if (!discord.ok) return (io.err(discord.error), 1);
  const logger = createLogger({ level: parsed.value.LOG_LEVEL, secrets: secretsOf(parsed.value) });
  try {
    const scope = await registerCommands(createRest(discord.value), discord.value, parsed.value.COMMAND_NAME);
    io.out(`registered /${parsed.value.COMMAND_NAME} ${scope === 'guild' ? `in server ${discord.value.guildId}` : 'globally (may take up to an hour to appear)'}`);
    return 0;
  } catch (err) {
    logger.error({ platform: 'discord', err }, 'registration failed');
    io.err(`registration failed: ${(err as Error).message}`);
    return 1;
  }
}
