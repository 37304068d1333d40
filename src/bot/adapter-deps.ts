import type { Logger } from '../log.ts';
import type { Store } from '../store/types.ts';
import type { BotService } from './service.ts';
import type { PictureMaker } from '../platforms/picture/index.ts';

/** What every chat adapter is handed by the runtime, besides its own platform config. */
export interface AdapterDeps {
  commandName: string;
  service: BotService;
  logger: Logger;
  /** Today's date for digests; passed in so tests control it. */
  today: () => string;
  /** Where subscriptions and feeds live; without a store those commands say they are unavailable. */
  store?: Store | null;
  clock?: () => Date;
  /** Feeds from the configuration (FEEDS), listed by the feeds command. */
  feeds?: string[];
  /** Draws the coverage picture attached to the compact digest (default: the Vega-Lite picture). */
  picture?: PictureMaker;
}
