import { discordConfig, loadConfig, secretsOf } from '../config.ts';
import { createLogger } from '../log.ts';
import { createService } from '../bot/service.ts';
import { startDiscord } from '../platforms/discord/bot.ts';
import { createRest, registerCommands } from '../platforms/discord/register.ts';
import { loadIndex, resolveCorpus } from './corpus-arg.ts';
import { localDate } from './dates.ts';
import type { Io } from './io.ts';

/**
 * `digestbot discord` runs the Discord bot until SIGINT/SIGTERM; `digestbot discord register` only registers /swap.
 * Configuration comes from the environment (see .env.example), checked before anything connects.
 */
export async function discordCommand(argv: string[], io: Io, env: Record<string, string | undefined> = process.env, signal?: AbortSignal): Promise<number> {
  const parsed = loadConfig(env);
  if (!parsed.ok) {
    io.err(parsed.error);
    return 1;
  }
  const config = parsed.value;
  const discord = discordConfig(config);
  if (!discord.ok) {
    io.err(discord.error);
    return 1;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  if (argv[0] === 'register') {
    try {
      const scope = await registerCommands(createRest(discord.value), discord.value, config.COMMAND_NAME);
      io.out(`registered /${config.COMMAND_NAME} ${scope === 'guild' ? `in server ${discord.value.guildId}` : 'globally (may take up to an hour to appear)'}`);
      return 0;
    } catch (err) {
      logger.error({ platform: 'discord', err }, 'registration failed');
      io.err(`registration failed: ${(err as Error).message}`);
      return 1;
    }
  }
  if (argv.length) {
    io.err('usage: digestbot discord [register]');
    return 2;
  }
  const loaded = await loadIndex(resolveCorpus(config.DIGEST_CORPUS));
  if (!loaded.ok) {
    io.err(loaded.error);
    return 1;
  }
  const bot = await startDiscord({ config: discord.value, commandName: config.COMMAND_NAME, service: createService(loaded.index), logger, today: () => localDate(new Date()) });
  await waitForStop(signal);
  logger.info({ platform: 'discord' }, 'stopping');
  await bot.stop();
  return 0;
}

/** Resolves on SIGINT, SIGTERM or the given signal. */
export function waitForStop(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
