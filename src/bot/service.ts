/**
 * The seam between platforms and the engine: what every adapter (Discord, Slack, console) can ask for. The corpus is
 * read and indexed once; answers and digests come from that index.
 */
import { ask, buildDigest, type Answer, type CorpusIndex, type Digest } from '../engine/index.ts';

export interface BotService {
  /** The corpus's digest for a date (YYYY-MM-DD), built once per date; `previous` adds what changed since it. */
  digest(date: string, previous?: Digest | null): Digest;
  ask(question: string): Answer;
}

export function createService(index: CorpusIndex): BotService {
  const digests = new Map<string, Digest>();
  return {
    digest(date, previous = null) {
      let d = digests.get(date);
      if (!d) {
        d = buildDigest(index, date, previous);
        digests.set(date, d);
      }
      return d;
    },
    ask: (q) => ask(index, q),
  };
}

/** A service whose corpus can be replaced while adapters hold on to it (after feeds bring new articles). */
export class ReloadableService implements BotService {
  private current: BotService;
  constructor(index: CorpusIndex) {
    this.current = createService(index);
  }
  reload(index: CorpusIndex): void {
    this.current = createService(index);
  }
  digest(date: string, previous?: Digest | null): Digest {
    return this.current.digest(date, previous);
  }
  ask(question: string): Answer {
    return this.current.ask(question);
  }
}
