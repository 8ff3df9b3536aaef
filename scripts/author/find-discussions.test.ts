import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkContentFile } from '../../lib/content/check';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { type DiscussionServices, findDiscussions } from './find-discussions';
import { newEntry } from './new-entry';

const PAGE = 'https://example.com/found';

/** Answers shaped as the services document them, by the page asked about. */
const hackerNews: Record<string, { status?: number; body?: string }> = {
  [PAGE]: {
    body: JSON.stringify({
      hits: [
        { objectID: '100', title: 'Found (2024)', url: 'https://www.example.com/found/', num_comments: 42, points: 300 },
        { objectID: '101', title: 'Found again', url: PAGE, num_comments: 3 },
        { objectID: '102', title: 'No comments', url: PAGE, num_comments: 0 },
        { objectID: '103', title: 'Another page', url: 'https://example.com/other', num_comments: 900 },
      ],
    }),
  },
  'https://example.com/none': { body: JSON.stringify({ hits: [] }) },
  'https://example.com/html': { body: '<!doctype html><title>Rate limited</title>' },
  'https://example.com/limited': { status: 429, body: '{}' },
  'https://example.com/hostile': {
    body: JSON.stringify({
      hits: [
        { objectID: 'javascript:alert(1)', url: 'https://example.com/hostile', num_comments: 999 },
        { objectID: '7', title: '<script>alert(1)</script> and a bell\u0007 and\nlines', url: 'https://example.com/hostile', num_comments: 5 },
        // A count no thread has is no count: the answer is held to the check's bound.
        { objectID: '8', title: 'Inflated', url: 'https://example.com/hostile', num_comments: 1e300 },
      ],
    }),
  },
};
const lobsters: Record<string, { status?: number; body?: string }> = {
  [PAGE]: {
    body: JSON.stringify([
      { short_id: 'abc123', title: 'Found', url: PAGE, comment_count: 12, comments_url: 'javascript:alert(1)' },
      { short_id: 'zzz999', title: 'Found, older', url: PAGE, comment_count: 1 },
    ]),
  },
  'https://example.com/none': { body: '[]' },
  'https://example.com/html': { body: '[]' },
  'https://example.com/limited': { body: '[]' },
  'https://example.com/hostile': { body: JSON.stringify([{ short_id: '../../evil', url: 'https://example.com/hostile', comment_count: 50 }]) },
};

let server: Server;
let services: DiscussionServices;
before(async () => {
  server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://local');
    const page = address.searchParams.get('query') ?? address.searchParams.get('url') ?? '';
    if (page === 'https://example.com/slow') return; // never answers
    const answer = (address.pathname.startsWith('/hn/') ? hackerNews : lobsters)[page] ?? { status: 404 };
    response.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  services = { hackerNewsApi: `${base}/hn/api/v1`, lobsters: `${base}/lobsters`, timeoutMs: 400 };
});
after(() => server.closeAllConnections() ?? server.close());

describe('findDiscussions', () => {
  it('finds the most discussed thread of the same page on each service, most discussed first', async () => {
    assert.deepEqual(await findDiscussions(PAGE, '2026-11-24', services), {
      discussions: [
        { url: 'https://news.ycombinator.com/item?id=100', title: 'Found (2024)', comments: 42, recorded: '2026-11-24' },
        { url: 'https://lobste.rs/s/abc123', title: 'Found', comments: 12, recorded: '2026-11-24' },
      ],
      problems: [],
    });
  });

  it('finds nothing where there is nothing, and names a service that fails, answers HTML, a 429, or nothing', async () => {
    assert.deepEqual(await findDiscussions('https://example.com/none', '2026-11-24', services), { discussions: [], problems: [] });
    assert.deepEqual((await findDiscussions('https://example.com/html', '2026-11-24', services)).problems, ['Hacker News: answered with something that is not JSON']);
    assert.deepEqual((await findDiscussions('https://example.com/limited', '2026-11-24', services)).problems, ['Hacker News: answered 429 (too many requests; try again later)']);
    assert.deepEqual((await findDiscussions('https://example.com/slow', '2026-11-24', services)).problems, ['Hacker News: no answer within 0.4 s', 'Lobsters: no answer within 0.4 s']);
  });

  it('builds each address from a thread id it checks, and keeps a title as plain text on one line', async () => {
    const { discussions } = await findDiscussions('https://example.com/hostile', '2026-11-24', services);
    assert.deepEqual(discussions, [{ url: 'https://news.ycombinator.com/item?id=7', title: '<script>alert(1)</script> and a bell and lines', comments: 5, recorded: '2026-11-24' }]);
  });
});

describe('npm run new with discussions', () => {
  let contentDir: string;
  before(() => {
    contentDir = mkdtempSync(join(tmpdir(), 'new-discussions-'));
    mkdirSync(join(contentDir, 'posts'));
    cpSync('content/tags.yml', join(contentDir, 'tags.yml'));
  });
  after(() => rmSync(contentDir, { recursive: true, force: true }));

  it('writes the threads it found into an entry the check passes, and says which service failed', async () => {
    // The page itself is not served: the entry is written from --title and --description.
    const options = { contentDir, today: '2026-11-24', title: 'Found', description: 'A page.', discussions: services };
    const { file, notes } = await newEntry(PAGE, options);
    const parsed = parseFrontMatter(readFileSync(file, 'utf8'));
    assert.ok('data' in parsed);
    assert.deepEqual((parsed.data.discussions as { url: string }[]).map((thread) => thread.url), ['https://news.ycombinator.com/item?id=100', 'https://lobste.rs/s/abc123']);
    assert.deepEqual(checkContentFile(file, readFileSync(file, 'utf8'), 'post'), []);
    const failed = await newEntry('https://example.com/limited', { ...options, title: 'Limited' });
    assert.match(failed.notes.join('\n'), /Discussions: Hacker News: answered 429 .*; the entry is written without its threads there\./);
    assert.ok(notes.every((note) => !note.startsWith('Discussions:')));
  });
});
