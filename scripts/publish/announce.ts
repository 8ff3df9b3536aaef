/**
 * `npm run announce -- [--feed <url or path>] [--record <path>] [--dry-run]`
 * Posts each entry that is new in the site's JSON Feed (by default the deployed one,
 * SITE_URL/feed.json) to the networks configured in the environment, once, and writes what it
 * posted to the record (`--record`, announced.json by default) after each post. A network's
 * first run posts nothing and records what is already there. `--dry-run` prints the posts and
 * changes nothing. Exits 1 when a post failed; the record keeps every post that succeeded.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { blueskyPost, mastodonStatus } from '../../lib/announce/compose';
import { type FeedEntry, feedEntries } from '../../lib/announce/feed';
import { type AnnounceRecord, emptyRecord, type Network, parseRecord, plan, withAnnounced } from '../../lib/announce/record';
import { today as todayUtc } from '../../lib/dates';
import { isPublished } from '../../lib/entries';
import { PATHS, slugOfPermalink } from '../../lib/routes';
import { absoluteUrl, site } from '../../lib/site';
import { AuthError, configuredNetworks, DEFAULT_RETRY, type NetworkClient, type RetryPolicy, UncertainError } from './announce-networks';
import { type EntryFile, readEntryFiles } from '../author/entry-files';

export interface AnnounceOptions {
  feed: string;
  record: string;
  dryRun: boolean;
  env: Record<string, string | undefined>;
  /** Where entry files live, to refuse drafts and future entries whatever the feed says. */
  postsDir: string;
  today: string;
  retry: RetryPolicy;
  log: (line: string) => void;
}

async function readFeed(source: string): Promise<string> {
  if (!/^https?:\/\//.test(source)) return readFileSync(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(20_000), headers: { Accept: 'application/feed+json, application/json' } });
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

/** Why an entry must not be announced though the feed has it: its file says draft, or a later day. */
function unpublishedReason(entry: FeedEntry, files: ReadonlyMap<string, EntryFile>, today: string): string | undefined {
  const file = files.get(slugOfPermalink(entry.key) ?? '');
  if (!file || isPublished({ date: file.date ?? '', draft: file.draft }, today)) return undefined;
  return file.draft ? `${file.file} is a draft` : `${file.file} is dated ${file.date}`;
}

function saveRecord(path: string, record: AnnounceRecord) {
  // Whole or not at all: a run stopped mid-write must not leave a record that reposts everything.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** The text an entry's post would have on a network. */
const preview = (network: Network, entry: FeedEntry) =>
  network === 'mastodon' ? mastodonStatus(entry, site.name) : blueskyPost(entry, site.name).text;

/** Returns false when a post failed. */
export async function announce(options: AnnounceOptions): Promise<boolean> {
  const { log } = options;
  const { entries: all, problems } = feedEntries(await readFeed(options.feed));
  for (const problem of problems) log(`Feed: ${problem}`);
  // Run outside the repository, there are no files to ask: the feed alone decides.
  const files = new Map(existsSync(options.postsDir) ? readEntryFiles(options.postsDir).map((file) => [file.slug, file]) : []);
  const entries = all.filter((entry) => {
    const reason = unpublishedReason(entry, files, options.today);
    if (reason) log(`Not announced: ${entry.key} (${reason}).`);
    return !reason;
  });
  let record = existsSync(options.record) ? parseRecordFile(options.record) : emptyRecord();
  const { clients, skipped } = configuredNetworks(options.env, options.retry);
  for (const line of skipped) log(line);
  const save = (next: AnnounceRecord) => {
    record = next;
    if (!options.dryRun) saveRecord(options.record, record);
  };
  // A dry run shows every network's posts, configured or not.
  const targets: Pick<NetworkClient, 'network' | 'label'>[] = options.dryRun
    ? [{ network: 'mastodon', label: 'Mastodon' }, { network: 'bluesky', label: 'Bluesky' }]
    : clients;

  let ok = true;
  for (const target of targets) {
    const client = clients.find((candidate) => candidate.network === target.network);
    const todo = plan(entries, record, target.network, options.today);
    const now = () => new Date().toISOString();
    if (!record.networks[target.network]) {
      log(`${target.label}: first run, ${todo.adopt.length} entries already on the site ${options.dryRun ? 'would be recorded' : 'recorded'} as announced; nothing posted.`);
      save(withAnnounced(record, target.network, todo.adopt.map((entry) => [entry.key, { at: now(), adopted: true }])));
      continue;
    }
    const recorded = options.dryRun ? 'would be recorded' : 'recorded';
    for (const entry of todo.old) log(`${target.label}: ${entry.key} is dated ${entry.date}, too long ago to announce; ${recorded}.`);
    if (todo.old.length > 0) save(withAnnounced(record, target.network, todo.old.map((entry) => [entry.key, { at: now(), adopted: true }])));
    if (todo.waiting.length > 0) log(`${target.label}: ${todo.waiting.length} ${todo.waiting.length === 1 ? 'entry waits' : 'entries wait'} for a later run.`);
    if (todo.post.length === 0) log(`${target.label}: nothing new to announce.`);
    for (const entry of todo.post) {
      if (options.dryRun || !client) {
        log(`${target.label}${client ? '' : ' (not configured)'} would post ${entry.key}:\n${preview(target.network, entry).replace(/^/gm, '    ')}`);
        continue;
      }
      try {
        const post = await client.post(entry, site.name);
        save(withAnnounced(record, target.network, [[entry.key, { at: now(), post }]]));
        log(`${target.label}: posted ${entry.key} → ${post}`);
      } catch (error) {
        ok = false;
        if (error instanceof UncertainError) {
          // Never twice: an unanswered post is recorded, and left for a person to check.
          save(withAnnounced(record, target.network, [[entry.key, { at: now(), uncertain: true }]]));
          log(`${target.label}: ${entry.key}: ${error.message}; it may have been posted, so it is recorded and not sent again: check the account.`);
          continue;
        }
        log(`${target.label}: ${entry.key} not posted: ${(error as Error).message}.`);
        if (error instanceof AuthError) {
          log(`${target.label}: the credentials were refused; nothing more is posted there this run.`);
          break;
        }
      }
    }
  }
  return ok;
}

function parseRecordFile(path: string): AnnounceRecord {
  try {
    return parseRecord(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} ${(error as Error).message}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: { feed: { type: 'string' }, record: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  try {
    const ok = await announce({
      feed: values.feed ?? absoluteUrl(PATHS.jsonFeed),
      record: values.record ?? 'announced.json',
      dryRun: values['dry-run'] ?? false,
      env: process.env,
      postsDir: 'content/posts',
      today: todayUtc(),
      retry: DEFAULT_RETRY,
      log: (line) => console.log(line),
    });
    process.exitCode = ok ? 0 : 1;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
