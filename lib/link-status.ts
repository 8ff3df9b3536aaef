/**
 * The link checker's records (content/link-status.json), committed so a link is re-checked
 * only when its record is stale, and read by the site to offer an archived copy of a dead link.
 */

export type LinkOutcome = 'ok' | 'dead' | 'unknown';

export interface LinkRecord {
  url: string;
  /** The final HTTP status, or null when no answer came. */
  status: number | null;
  outcome: LinkOutcome;
  /** YYYY-MM-DD */
  checked: string;
  /** Why, when the status alone does not say: "timeout", "ENOTFOUND". */
  note?: string;
  /** Set by hand for a link the checker cannot judge (a site that blocks robots): never checked. */
  ignore?: boolean;
}

/** Records older than this many days are checked again. */
export const RECHECK_AFTER_DAYS = 30;

/**
 * 401, 403 and 429 say "not for you" or "not now", not "gone": unknown, never dead. So does a
 * server error (5xx), like a timeout: the server is there and failing today.
 * A name that no longer resolves is dead; a timeout or a refused connection is unknown.
 */
export function outcomeOf(status: number | null, errorCode?: string): LinkOutcome {
  if (status === null) return errorCode === 'ENOTFOUND' ? 'dead' : 'unknown';
  if (status === 401 || status === 403 || status === 429 || status >= 500) return 'unknown';
  if (status >= 200 && status < 400) return 'ok';
  return 'dead';
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** The URLs to check today: never recorded, or recorded more than RECHECK_AFTER_DAYS ago, and not ignored. */
export function staleUrls(urls: readonly string[], records: readonly LinkRecord[], today: string, maxAgeDays = RECHECK_AFTER_DAYS): string[] {
  const byUrl = new Map(records.map((record) => [record.url, record]));
  return [...new Set(urls)].filter((url) => {
    const record = byUrl.get(url);
    return !record || (!record.ignore && daysBetween(record.checked, today) > maxAgeDays);
  });
}

/** The cache after a run: new records replace old ones; links no entry uses any more are dropped. Sorted by URL, for small diffs. */
export function mergeRecords(previous: readonly LinkRecord[], fresh: readonly LinkRecord[], urls: readonly string[]): LinkRecord[] {
  const byUrl = new Map(previous.map((record) => [record.url, record]));
  for (const record of fresh) byUrl.set(record.url, { ...record, ...(byUrl.get(record.url)?.ignore ? { ignore: true } : {}) });
  const used = new Set(urls);
  return [...byUrl.values()].filter((record) => used.has(record.url)).sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Whether a run changed what the records say of any link: an outcome, a link added or
 * dropped. A re-check that only moves `checked` dates is no change worth a pull request.
 */
export function outcomesChanged(previous: readonly LinkRecord[], next: readonly LinkRecord[]): boolean {
  const outcomes = (records: readonly LinkRecord[]) => JSON.stringify(records.map(({ url, outcome }) => [url, outcome]).sort());
  return outcomes(previous) !== outcomes(next);
}

/** True when the checker last found this link dead (and it is not ignored). */
export function isDead(url: string, records: readonly LinkRecord[]): boolean {
  const record = records.find((candidate) => candidate.url === url);
  return record !== undefined && !record.ignore && record.outcome === 'dead';
}
