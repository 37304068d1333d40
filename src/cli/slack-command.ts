import { loadConfig, secretsOf, slackConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { createService } from '../bot/service.ts';
import { startSlack } from '../platforms/slack/app.ts';
import { loadIndex, resolveCorpus } from './corpus-arg.ts';
import { localDate } from './dates.ts';
import { waitForStop } from './discord-command.ts';
import type { Io } from './io.ts';

/** `digestbot slack`: runs the Slack app (HTTP mode on PORT, or Socket Mode with SLACK_APP_TOKEN) until stopped. */
export async function slackCommand(argv: string[], io: Io, env: Record<string, string | undefined> = process.env, signal?: AbortSignal): Promise<number> {
  if (argv.length) {
    io.err('usage: digestbot slack');
    return 2;
  }
  const parsed = loadConfig(env);
  if (!parsed.ok) {
    io.err(parsed.error);
    return 1;
  }
  const slack = slackConfig(parsed.value);
  if (!slack.ok) {
    io.err(slack.error);
    return 1;
  }
  const logger = createLogger({ level: parsed.value.LOG_LEVEL, secrets: secretsOf(parsed.value) });
  const loaded = await loadIndex(resolveCorpus(parsed.value.DIGEST_CORPUS));
  if (!loaded.ok) {
    io.err(loaded.error);
    return 1;
  }
  const bot = await startSlack({ config: slack.value, commandName: parsed.value.COMMAND_NAME, service: createService(loaded.index), logger, today: () => localDate(new Date()) });
  await waitForStop(signal);
  logger.info({ platform: 'slack' }, 'stopping');
  await bot.stop();
  return 0;
}
