/**
 * What `npm run announce` has posted, per network, and what it should post next. The record
 * is a small JSON file the workflow keeps on the repository's `announced` branch (README,
 * Deploy): every run reads it first and writes it after each post.
 */
import type { FeedEntry } from './feed';

export const NETWORKS = ['mastodon', 'bluesky'] as const;
export type Network = (typeof NETWORKS)[number];

export interface Announcement {
  /** When it was posted or adopted, ISO 8601. */
  at: string;
  /** The post's address on the network. */
  post?: string;
  /** Already on the site when the network was first set up, or too old to announce: never posted. */
  adopted?: true;
  /** Sent, but no answer came back: it may have been posted, so it is never sent again. */
  uncertain?: true;
}

export interface AnnounceRecord {
  version: 1;
  /** Per network, by permalink path (`/posts/<slug>`). A network without a key has not run yet. */
  networks: Partial<Record<Network, Record<string, Announcement>>>;
}

export const emptyRecord = (): AnnounceRecord => ({ version: 1, networks: {} });

/** The record file's text, checked: a damaged record must stop the run, not repost the archive. */
export function parseRecord(json: string): AnnounceRecord {
  const value = JSON.parse(json) as AnnounceRecord;
  const networks = value?.networks;
  if (value?.version !== 1 || !networks || typeof networks !== 'object' || Array.isArray(networks)) {
    throw new Error('is not a record of announcements (version 1, with "networks"): fix it or remove it, which adopts every entry on the site as announced');
  }
  for (const [network, entries] of Object.entries(networks)) {
    if (!(NETWORKS as readonly string[]).includes(network) || !entries || typeof entries !== 'object' || Array.isArray(entries)) {
      throw new Error(`has an unknown network or a malformed list: "${network}"`);
    }
  }
  return value;
}

/** Entries dated more than this many days before the run are recorded, never posted: a late run or an import of old links must not flood followers. */
export const MAX_AGE_DAYS = 7;
/** Posts per network per run; the rest wait for the next run. */
export const MAX_PER_RUN = 5;

const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export interface Plan {
  /** The network's first run: every entry is recorded as announced, and none is posted. */
  adopt: FeedEntry[];
  /** To post now, oldest first. */
  post: FeedEntry[];
  /** Too old to announce: recorded, never posted. */
  old: FeedEntry[];
  /** Over this run's limit, or dated after today: left for a later run. */
  waiting: FeedEntry[];
}

/** What a run should do on one network, given the feed's entries (oldest first) and the record. */
export function plan(entries: readonly FeedEntry[], record: AnnounceRecord, network: Network, today: string): Plan {
  const done = record.networks[network];
  if (!done) return { adopt: [...entries], post: [], old: [], waiting: [] };
  const fresh = entries.filter((entry) => !Object.hasOwn(done, entry.key));
  const due = fresh.filter((entry) => entry.date <= today);
  const oldest = daysBefore(today, MAX_AGE_DAYS);
  const recent = due.filter((entry) => entry.date >= oldest);
  return {
    adopt: [],
    post: recent.slice(0, MAX_PER_RUN),
    old: due.filter((entry) => entry.date < oldest),
    waiting: [...recent.slice(MAX_PER_RUN), ...fresh.filter((entry) => entry.date > today)],
  };
}

/** The record with these entries marked on one network. */
export function withAnnounced(record: AnnounceRecord, network: Network, marks: [key: string, Announcement][]): AnnounceRecord {
  return { ...record, networks: { ...record.networks, [network]: { ...record.networks[network], ...Object.fromEntries(marks) } } };
}
