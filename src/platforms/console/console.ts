/**
 * The console adapter: a local chat on stdin/stdout taking the same commands as the chat platforms, so anyone can
 * try the bot with no account. With stdin not a terminal it reads commands line by line and ends at end of input.
 */
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { BotService } from '../../bot/service.ts';
import type { Store } from '../../store/types.ts';
import type { Digest } from '../../engine/index.ts';
import type { Publisher } from '../../schedule/publisher.ts';
import { renderMarkdown } from '../../engine/index.ts';
import { formatAnswer } from './format-answer.ts';
import { schedule, subscribe, unsubscribe, type ChannelRef } from '../../bot/subscriptions.ts';
import { feedsCommand } from '../../bot/feeds.ts';

export interface ConsoleDeps {
  service: BotService;
  store: Store | null;
  commandName: string;
  today: () => string;
  clock: () => Date;
  out: (text: string) => void;
  /** Feeds from the configuration (FEEDS). */
  feeds?: string[];
}

const REF: ChannelRef = { platform: 'console', workspace: 'local', channel: 'console', user: 'console user' };

function help(name: string): string {
  return [
    `Commands (the leading /${name} is optional):`,
    `  /${name} facts                         the key facts, with their outlets and who said them`,
    `  /${name} ask <question>                an answer quoted from the articles`,
    `  /${name} digest                        the full digest`,
    `  /${name} sources                       the outlets and what was removed from their pages`,
    `  /${name} subscribe 08:00 Europe/Lisbon  print the digest here every day while the bot runs`,
    `  /${name} unsubscribe | schedule        stop it | show it`,
    `  /${name} feeds list | add <url> | remove <url>   the news feeds polled before each digest`,
  ].join('\n');
}

/** One command line in, the text to print out. */
export async function consoleReply(line: string, deps: Omit<ConsoleDeps, 'out'>): Promise<string> {
  const text = line.trim().replace(new RegExp(`^/?${deps.commandName}\\b\\s*`), '');
  const [first = '', ...rest] = text.split(/\s+/);
  const arg = rest.join(' ');
  const digest = () => deps.service.digest(deps.today());
  switch (first.toLowerCase()) {
    case 'facts': {
      const md = renderMarkdown(digest());
      return md.slice(0, md.indexOf('\n## Key numbers')).trim();
    }
    case 'ask':
      return arg ? formatAnswer(deps.service.ask(arg)) : 'Ask what? e.g. ask who confirmed the figures?';
    case 'digest':
      return renderMarkdown(digest());
    case 'sources': {
      const d = digest();
      return [...d.sources.map((s) => `${s.outlet} (${s.file}): ${s.facts} facts, published ${s.published ?? 'unknown'}`), '', ...d.dropped.map((x) => `removed from ${x.file}: ${x.reason}`)].join('\n');
    }
    case 'subscribe':
      if (!deps.store) return 'Daily digests need the store; run with npm start.';
      return (await subscribe(deps.store, REF, rest[0] ?? null, rest[1] ?? null, deps.clock())).text;
    case 'unsubscribe':
      return deps.store ? (await unsubscribe(deps.store, REF)).text : 'There is no store in this run.';
    case 'schedule':
      return deps.store ? (await schedule(deps.store, REF, deps.clock())).text : 'There is no store in this run.';
    case 'feeds':
      return deps.store ? (await feedsCommand(deps.store, deps.feeds ?? [], rest[0] ?? 'list', rest[1] ?? null, REF.user, deps.clock())).text : 'There is no store in this run.';
    case '':
    case 'help':
      return help(deps.commandName);
    default:
      return `I don't know "${first}".\n${help(deps.commandName)}`;
  }
}

/** Reads commands until end of input (or until stopped) and prints each reply. */
export async function runConsole(input: Readable, interactive: boolean, deps: ConsoleDeps, signal?: AbortSignal): Promise<void> {
  const rl = createInterface({ input, output: interactive ? process.stdout : undefined, terminal: interactive, crlfDelay: Infinity });
  signal?.addEventListener('abort', () => rl.close(), { once: true });
  if (interactive) {
    deps.out(`digestbot console: type a command, e.g. /${deps.commandName} facts (Ctrl-D to quit)`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim()) deps.out(await consoleReply(line, deps));
    if (interactive) rl.prompt();
  }
}

/** Prints a subscribed daily digest on the console, in one part. */
export class ConsolePublisher implements Publisher<string> {
  readonly platform = 'console' as const;
  constructor(private readonly out: (text: string) => void) {}
  async render(digest: Digest): Promise<string[]> {
    return [renderMarkdown(digest)];
  }
  async send(_: unknown, text: string): Promise<{ messageId: string }> {
    this.out(text);
    return { messageId: `console-${createHash('sha256').update(text).digest('hex').slice(0, 12)}` };
  }
}
