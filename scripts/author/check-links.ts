/**
 * `npm run check:links`: is every shared link still there? Checks the links whose record in
 * content/link-status.json is stale (HEAD, then GET where HEAD is refused), politely: a few
 * at a time, spaced out per host, with a time limit and retries. Needs the internet, so it is
 * never part of `npm test`; a weekly workflow runs it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { today } from '../../lib/dates';
import { type LinkRecord, mergeRecords, outcomeOf, outcomesChanged, staleUrls } from '../../lib/link-status';
import { site } from '../../lib/site';
import { readEntryFiles } from './entry-files';

/** Who is asking, and why, for the logs of the sites linked to. */
export const LINK_CHECK_USER_AGENT = `DistributedBytes-LinkCheck/1.0 (+${site.url}; checks that the links shared there still answer)`;

export interface CheckOptions {
  /** Links checked at once. */
  concurrency: number;
  /** The pause between two requests to the same host. */
  perHostDelayMs: number;
  timeoutMs: number;
  /** Further attempts after a timeout, a network error, a 5xx or a 429. */
  retries: number;
  retryDelayMs: number;
  /** The longest a 429's Retry-After is waited for; a longer one ends the link's attempts for this run. */
  maxRetryAfterMs: number;
  today: string;
}

export const DEFAULT_OPTIONS: CheckOptions = {
  concurrency: 4,
  perHostDelayMs: 1000,
  timeoutMs: 15_000,
  retries: 2,
  retryDelayMs: 2000,
  maxRetryAfterMs: 60_000,
  today: today(),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Answer = { status: number | null; code?: string; retryAfterMs?: number };

/** Retry-After in seconds or as an HTTP date, as milliseconds from now. */
function retryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(seconds) ? Math.max(0, seconds) : undefined;
}

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<Answer> {
  try {
    const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'User-Agent': LINK_CHECK_USER_AGENT } });
    await response.body?.cancel();
    const wait = response.status === 429 || response.status === 503 ? retryAfter(response.headers.get('retry-after')) : undefined;
    return { status: response.status, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { status: null, code: 'timeout' };
    const cause = (error as { cause?: { code?: string } }).cause;
    return { status: null, code: cause?.code ?? (error as Error).message };
  }
}

/**
 * HEAD first; GET when the server refuses HEAD (405, 501), answers it oddly (400, 404 to HEAD
 * only) or never answers it: some servers hang on HEAD and serve GET.
 */
async function probe(url: string, timeoutMs: number): Promise<Answer> {
  const head = await request(url, 'HEAD', timeoutMs);
  const refused = head.status !== null && head.status >= 400 && head.status !== 429;
  if (refused || head.code === 'timeout') return request(url, 'GET', timeoutMs);
  return head;
}

const retryable = (answer: Answer) => answer.status === null ? answer.code !== 'ENOTFOUND' : answer.status >= 500 || answer.status === 429;

export async function checkLinks(urls: readonly string[], options: CheckOptions = DEFAULT_OPTIONS): Promise<LinkRecord[]> {
  const nextSlot = new Map<string, number>();
  /** Waits for this host's turn and books the next one, so requests to one host are spaced out. */
  const turn = async (url: string) => {
    const host = new URL(url).host;
    const at = Math.max(Date.now(), nextSlot.get(host) ?? 0);
    nextSlot.set(host, at + options.perHostDelayMs);
    await sleep(at - Date.now());
  };

  const check = async (url: string): Promise<LinkRecord> => {
    let answer: Answer = { status: null };
    for (let attempt = 0; attempt <= options.retries; attempt++) {
      if (attempt > 0) await sleep(Math.max(options.retryDelayMs * attempt, answer.retryAfterMs ?? 0));
      await turn(url);
      answer = await probe(url, options.timeoutMs);
      if (!retryable(answer) || (answer.retryAfterMs ?? 0) > options.maxRetryAfterMs) break;
    }
    return {
      url,
      status: answer.status,
      outcome: outcomeOf(answer.status, answer.code),
      checked: options.today,
      ...(answer.code ? { note: answer.code } : {}),
    };
  };

  const queue = [...urls];
  const records: LinkRecord[] = [];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) records.push(await check(url));
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker));
  return records.sort((a, b) => a.url.localeCompare(b.url));
}

/** The report the weekly workflow uploads: the links that need the author's attention. */
export function report(records: readonly LinkRecord[], entryOf: Map<string, string>): string {
  const lines = (outcome: LinkRecord['outcome']) =>
    records
      .filter((record) => record.outcome === outcome && !record.ignore)
      .map((record) => `- ${record.url} — ${record.status ?? record.note} (${entryOf.get(record.url) ?? 'no entry'})`);
  const dead = lines('dead');
  const unknown = lines('unknown');
  return [
    '# Link check',
    '',
    `${records.length} links recorded; ${dead.length} dead, ${unknown.length} unknown (401/403/429, server errors, timeouts).`,
    '',
    '## Dead: add an `archive:` URL to the entry (a Wayback Machine copy), or remove it',
    ...(dead.length ? dead : ['None.']),
    '',
    '## Unknown: check by hand; set `"ignore": true` in content/link-status.json for sites that block robots',
    ...(unknown.length ? unknown : ['None.']),
    '',
  ].join('\n');
}

const CACHE = 'content/link-status.json';

async function main() {
  const { values } = parseArgs({ options: { report: { type: 'string' }, all: { type: 'boolean' } } });
  const entryOf = new Map<string, string>();
  for (const { file, url } of readEntryFiles('content/posts')) if (url) entryOf.set(url, file);
  const urls = [...entryOf.keys()];
  const previous = JSON.parse(readFileSync(CACHE, 'utf8')) as LinkRecord[];
  const due = values.all ? urls : staleUrls(urls, previous, DEFAULT_OPTIONS.today);
  console.log(`Checking ${due.length} of ${urls.length} links (the rest were checked in the last 30 days or are ignored)…`);
  const records = mergeRecords(previous, await checkLinks(due), urls);
  // The weekly workflow opens a pull request when this file changes: only for a changed outcome.
  if (outcomesChanged(previous, records)) writeFileSync(CACHE, `${JSON.stringify(records, null, 2)}\n`);
  else console.log(`No link's outcome changed: ${CACHE} is left as it was.`);
  const text = report(records, entryOf);
  if (values.report) writeFileSync(values.report, text);
  console.log(text);
  if (records.some((record) => record.outcome === 'dead' && !record.ignore)) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
