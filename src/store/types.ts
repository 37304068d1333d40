/** What the bot keeps between runs: subscriptions, the delivery ledger and the digests it produced. */

export type Platform = 'discord' | 'slack' | 'console';

export interface Subscription {
  id: number;
  platform: Platform;
  /** Discord guild id, Slack team id, or "local" for the console. */
  workspace: string;
  channel: string;
  /** Local time of day, HH:MM, in `timeZone`. */
  time: string;
  /** IANA time zone, e.g. Europe/Kyiv. */
  timeZone: string;
  subscribedBy: string;
  /** ISO instant. */
  createdAt: string;
}

export type DeliveryStatus = 'claimed' | 'retry' | 'sent' | 'failed';

/** One row per subscription and local date: the ledger that makes each daily post happen exactly once. */
export interface Delivery {
  subscriptionId: number;
  localDate: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  claimedBy: string | null;
  /** ISO instant until which a claim is held; a crashed holder's claim lapses after it. */
  leaseUntil: string | null;
  /** ISO instant of the next attempt after a failed one. */
  nextAttemptAt: string | null;
  updatedAt: string;
}

/** One message of a digest posted in several parts, recorded as soon as the platform accepted it. */
export interface DeliveredPart {
  /** 0 for the first message. */
  part: number;
  messageId: string;
  /** A hash of all the parts' content, to notice a digest that changed between attempts. */
  contentHash: string;
}

export interface StoredDigest {
  date: string;
  fingerprint: string;
  json: string;
}

export type NewSubscription = Omit<Subscription, 'id'>;

/** A news feed added from chat, polled before each digest. */
export interface FeedEntry {
  url: string;
  addedBy: string;
  addedAt: string;
}

/** A reader's verdict on a fact or an answer. */
export type Vote = 'up' | 'down' | 'wrong_attribution';

/** What was shown to readers and can be clicked on later: an answer, kept so its buttons still work after a restart. */
export interface StoredAnswer {
  id: string;
  question: string;
  json: string;
  createdAt: string;
}

/** One person's vote on one item (a fact of a day's digest, or an answer); a new vote replaces their old one. */
export interface FeedbackVote {
  platform: Platform;
  workspace: string;
  user: string;
  /** "fact:2025-01-31:fact-0ab12cd" or "answer:a-0123456789ab". */
  item: string;
  kind: 'fact' | 'answer';
  /** The fact's text, or the question and its answer, as shown. */
  label: string;
  /** The quote the item rests on, with its outlet. */
  quote: string | null;
  outlet: string | null;
  vote: Vote;
  at: string;
}

export type VoteCounts = Record<Vote, number>;

/** An item's votes in one workspace, for the feedback report. */
export interface FeedbackSummary extends VoteCounts {
  item: string;
  kind: 'fact' | 'answer';
  label: string;
  quote: string | null;
  outlet: string | null;
  lastAt: string;
}

/**
 * The store's small interface, implemented on SQLite (one host) and PostgreSQL (several hosts). Every call is
 * asynchronous so a networked database fits behind it. Claims are atomic: of two processes claiming the same
 * (subscription, local date), exactly one wins.
 */
export interface Store {
  /** Adds or replaces the subscription of a channel (one per channel). */
  subscribe(s: NewSubscription): Promise<Subscription>;
  /** Removes a channel's subscription; false when there was none. */
  unsubscribe(platform: Platform, workspace: string, channel: string): Promise<boolean>;
  subscription(platform: Platform, workspace: string, channel: string): Promise<Subscription | null>;
  subscriptions(): Promise<Subscription[]>;

  /** Claims today's delivery for `owner` if no one has sent it, is sending it, or gave up on it. */
  claim(subscriptionId: number, localDate: string, owner: string, now: Date, leaseMs: number): Promise<Delivery | null>;
  markSent(subscriptionId: number, localDate: string, owner: string, messageId: string, now: Date): Promise<void>;
  /** Records a failed attempt: retried at `nextAttemptAt`, or given up on when that is null. */
  markFailed(subscriptionId: number, localDate: string, owner: string, error: string, nextAttemptAt: Date | null, now: Date): Promise<void>;
  /** Records one part as posted (idempotent), whoever holds the claim: the platform has it either way. */
  recordPart(subscriptionId: number, localDate: string, part: DeliveredPart, now: Date): Promise<void>;
  /** The parts of a delivery already posted, in order. */
  deliveredParts(subscriptionId: number, localDate: string): Promise<DeliveredPart[]>;
  delivery(subscriptionId: number, localDate: string): Promise<Delivery | null>;
  deliveries(): Promise<Delivery[]>;

  /** Adds a feed; false when it was already there. */
  addFeed(f: FeedEntry): Promise<boolean>;
  removeFeed(url: string): Promise<boolean>;
  feeds(): Promise<FeedEntry[]>;

  saveDigest(d: StoredDigest): Promise<void>;
  digest(date: string, fingerprint: string): Promise<StoredDigest | null>;
  /** Every stored digest of a date, newest first. */
  digestsOn(date: string): Promise<StoredDigest[]>;

  saveAnswer(a: StoredAnswer): Promise<void>;
  answer(id: string): Promise<StoredAnswer | null>;

  /** Records a vote: 'new', 'changed' (the person had voted otherwise on this item) or 'same'. */
  vote(v: FeedbackVote): Promise<'new' | 'changed' | 'same'>;
  votes(platform: Platform, workspace: string, item: string): Promise<VoteCounts>;
  /** The items of a workspace with the most 👎 and wrong-attribution votes first. */
  feedback(platform: Platform, workspace: string, limit: number): Promise<FeedbackSummary[]>;

  close(): Promise<void>;
}
