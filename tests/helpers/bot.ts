import { createService } from '../../src/bot/service.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { indexOf, SEEDS } from './corpus.ts';
import type { Store } from '../../src/store/types.ts';

/** A bot service over the seeds and a logger whose lines the test can read. */
export async function seedService() {
  const lines: string[] = [];
  const logger: Logger = createLogger({ level: 'debug', secrets: [], sink: { write: (l) => lines.push(l) } });
  return { service: createService(await indexOf(SEEDS)), logger, lines };
}

/** What every adapter is handed, over the seeds, on a given day (the clock at 06:00 UTC of it). */
export async function seedDeps(today: string, store: Store) {
  const { service, logger } = await seedService();
  return { commandName: 'swap', service, logger, today: () => today, store, clock: () => new Date(`${today}T06:00:00Z`) };
}
