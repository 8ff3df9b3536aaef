/**
 * For `npm run new`: asks Hacker News and Lobsters where a link was discussed, each within a
 * time limit; a service that fails is named in one line, and the others still count.
 */
import type { Discussion } from '../../lib/discussions';
import { HACKER_NEWS, hackerNewsThread, LOBSTERS, lobstersThread, UnexpectedAnswer } from '../../lib/content/discussion-threads';
import { USER_AGENT } from './fetch-page';

export interface DiscussionServices {
  hackerNewsApi: string;
  lobsters: string;
  timeoutMs: number;
}

/** The real services; HN_SEARCH_API and LOBSTERS_URL point elsewhere (the tests' local servers). */
export const DEFAULT_SERVICES: DiscussionServices = {
  hackerNewsApi: process.env.HN_SEARCH_API ?? HACKER_NEWS.api,
  lobsters: process.env.LOBSTERS_URL ?? LOBSTERS.site,
  timeoutMs: 5_000,
};

async function ask(name: string, address: string, timeoutMs: number, read: (answer: unknown) => Discussion | undefined): Promise<Discussion | string | undefined> {
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(timeoutMs), headers: { 'User-Agent': USER_AGENT, Accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel();
      return `${name}: answered ${response.status}${response.status === 429 ? ' (too many requests; try again later)' : ''}`;
    }
    let answer: unknown;
    try {
      answer = JSON.parse(await response.text());
    } catch {
      return `${name}: answered with something that is not JSON`;
    }
    return read(answer);
  } catch (error) {
    if (error instanceof UnexpectedAnswer) return `${name}: ${error.message}`;
    const timedOut = ['TimeoutError', 'AbortError'].includes((error as Error).name);
    return `${name}: ${timedOut ? `no answer within ${timeoutMs / 1000} s` : 'could not be reached'}`;
  }
}

/** The most discussed thread of `url` on each service, the most discussed first, and a line for each service that failed. */
export async function findDiscussions(url: string, today: string, services: DiscussionServices = DEFAULT_SERVICES): Promise<{ discussions: Discussion[]; problems: string[] }> {
  const answers = await Promise.all([
    ask(HACKER_NEWS.name, HACKER_NEWS.query(services.hackerNewsApi, url), services.timeoutMs, (answer) => hackerNewsThread(answer, url, today)),
    ask(LOBSTERS.name, LOBSTERS.query(services.lobsters, url), services.timeoutMs, (answer) => lobstersThread(answer, url, today)),
  ]);
  return {
    discussions: answers.filter((answer): answer is Discussion => typeof answer === 'object').sort((a, b) => (b.comments ?? 0) - (a.comments ?? 0)),
    problems: answers.filter((answer): answer is string => typeof answer === 'string'),
  };
}
