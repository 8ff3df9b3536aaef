import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedEntry } from './feed';
import { emptyRecord, MAX_PER_RUN, parseRecord, plan, withAnnounced } from './record';

const entry = (slug: string, date: string): FeedEntry => ({
  key: `/posts/${slug}`,
  permalink: `https://bytes.example/posts/${slug}`,
  url: `https://example.com/${slug}`,
  title: slug,
  summary: '',
  tags: [],
  date,
});

const keys = (entries: FeedEntry[]) => entries.map(({ key }) => key);
const today = '2026-11-26';

describe('plan', () => {
  it('on a network\'s first run, adopts every entry and posts none', () => {
    const entries = [entry('a', '2026-01-01'), entry('b', today)];
    assert.deepEqual(plan(entries, emptyRecord(), 'mastodon', today), { adopt: entries, post: [], old: [], waiting: [] });
    // An empty feed still starts the record, so the next entry is announced.
    assert.deepEqual(plan([], emptyRecord(), 'bluesky', today).adopt, []);
  });

  it('posts what the record lacks, oldest first, once', () => {
    const entries = [entry('a', '2026-11-20'), entry('b', '2026-11-25'), entry('c', today)];
    const record = withAnnounced(emptyRecord(), 'mastodon', [['/posts/a', { at: 'then', adopted: true }]]);
    assert.deepEqual(keys(plan(entries, record, 'mastodon', today).post), ['/posts/b', '/posts/c']);
    const after = withAnnounced(record, 'mastodon', [['/posts/b', { at: 'now', post: 'x' }], ['/posts/c', { at: 'now', post: 'y' }]]);
    assert.deepEqual(plan(entries, after, 'mastodon', today), { adopt: [], post: [], old: [], waiting: [] });
    // Each network keeps its own record.
    assert.deepEqual(plan(entries, after, 'bluesky', today).adopt, entries);
  });

  it('leaves an entry dated after today waiting, records old ones unposted, and posts at most a few a run', () => {
    const record = withAnnounced(emptyRecord(), 'bluesky', []);
    const fresh = Array.from({ length: MAX_PER_RUN + 2 }, (_, index) => entry(`new-${index}`, today));
    const result = plan([entry('old', '2026-11-18'), entry('recent', '2026-11-19'), ...fresh, entry('future', '2026-11-27')], record, 'bluesky', today);
    assert.deepEqual(keys(result.old), ['/posts/old']);
    assert.deepEqual(keys(result.post), ['/posts/recent', ...keys(fresh.slice(0, MAX_PER_RUN - 1))]);
    assert.deepEqual(keys(result.waiting), [...keys(fresh.slice(MAX_PER_RUN - 1)), '/posts/future']);
  });
});

describe('parseRecord', () => {
  it('reads a record and refuses anything else rather than reposting the archive', () => {
    const record = withAnnounced(emptyRecord(), 'mastodon', [['/posts/a', { at: '2026-11-26T00:00:00Z', post: 'https://m.example/1' }]]);
    assert.deepEqual(parseRecord(JSON.stringify(record)), record);
    for (const text of ['[]', '{}', '{"version":2,"networks":{}}', '{"version":1,"networks":[]}', '{"version":1,"networks":{"myspace":{}}}', '{"version":1,"networks":{"bluesky":[]}}']) {
      assert.throws(() => parseRecord(text), /is not a record|unknown network/, text);
    }
    assert.throws(() => parseRecord('{'), SyntaxError);
  });
});
