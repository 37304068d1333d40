/**
 * Managing the news feeds polled before each digest, the same on every platform. Feeds from the FEEDS setting are
 * shown but can only be changed in the configuration; feeds added from chat live in the store.
 */
import type { Store } from '../store/types.ts';
import type { Reply } from './subscriptions.ts';

export async function feedsCommand(store: Store, configured: string[], action: string, url: string | null, user: string, now: Date): Promise<Reply> {
  switch (action) {
    case 'list': {
      const added = await store.feeds();
      if (!configured.length && !added.length) return { ok: true, text: 'No feeds are polled. An admin can add one with `feeds add <url>`.' };
      const lines = [...configured.map((u) => `• ${u} (from the configuration)`), ...added.map((f) => `• ${f.url} (added by ${f.addedBy})`)];
      return { ok: true, text: `Feeds polled before each digest:\n${lines.join('\n')}` };
    }
    case 'add': {
      if (!url || !/^https?:\/\/[^\s/$.?#].\S*$/i.test(url)) return { ok: false, text: 'Give the feed’s http(s) address, e.g. `feeds add https://example.com/rss.xml`. Nothing was changed.' };
      if (configured.includes(url)) return { ok: false, text: 'That feed is already polled (it is in the configuration).' };
      return (await store.addFeed({ url, addedBy: user, addedAt: now.toISOString() }) ) ? { ok: true, text: `Added: ${url} will be polled before each digest.` } : { ok: false, text: 'That feed is already polled.' };
    }
    case 'remove': {
      if (!url) return { ok: false, text: 'Give the address of the feed to remove. Nothing was changed.' };
      if (configured.includes(url)) return { ok: false, text: 'That feed comes from the configuration (FEEDS); remove it there.' };
      return (await store.removeFeed(url)) ? { ok: true, text: `Removed: ${url} is no longer polled.` } : { ok: false, text: 'No such feed; nothing was changed.' };
    }
    default:
      return { ok: false, text: 'Use `feeds list`, `feeds add <url>` or `feeds remove <url>`.' };
  }
}
