import { createService } from '../../src/bot/service.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { indexOf, SEEDS } from './corpus.ts';

/** A bot service over the seeds and a logger whose lines the test can read. */
export async function seedService() {
  const lines: string[] = [];
  const logger: Logger = createLogger({ level: 'debug', secrets: [], sink: { write: (l) => lines.push(l) } });
  return { service: createService(await indexOf(SEEDS)), logger, lines };
}
