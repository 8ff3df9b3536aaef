import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonFeed } from '../feeds/formats';
import { feedEntries } from './feed';

const item = (slug: string, date: string, changes: Record<string, unknown> = {}) => ({
  id: `https://bytes.example/posts/${slug}`,
  url: `https://bytes.example/posts/${slug}`,
  external_url: `https://example.com/${slug}`,
  title: ` Title ${slug} `,
  summary: 'Summary.',
  date_published: `${date}T00:00:00.000Z`,
  tags: ['consensus', 7],
  ...changes,
});

describe('feedEntries', () => {
  it('reads a JSON Feed, oldest first, keyed by the permalink\'s path', () => {
    const { entries, problems } = feedEntries(JSON.stringify({ items: [item('b', '2026-11-26'), item('a', '2026-11-01')] }));
    assert.deepEqual(problems, []);
    assert.deepEqual(entries[0], {
      key: '/posts/a',
      permalink: 'https://bytes.example/posts/a',
      url: 'https://example.com/a',
      title: 'Title a',
      summary: 'Summary.',
      tags: ['consensus'],
      date: '2026-11-01',
    });
    assert.deepEqual(entries.map(({ key }) => key), ['/posts/a', '/posts/b']);
  });

  it('skips, naming them, items a post could not be made of', () => {
    const { entries, problems } = feedEntries(
      JSON.stringify({
        items: [
          item('script', '2026-11-26', { external_url: 'javascript:alert(1)' }),
          item('untitled', '2026-11-26', { title: '  ' }),
          item('undated', '2026-11-26', { date_published: 'soon' }),
          item('data', '2026-11-26', { url: 'data:text/html,x', id: 5 }),
          null,
          item('fine', '2026-11-26'),
        ],
      }),
    );
    assert.deepEqual(entries.map(({ key }) => key), ['/posts/fine']);
    assert.equal(problems.length, 5);
    assert.match(problems[0], /^item 1 \("https:\/\/bytes\.example\/posts\/script"\) lacks/);
  });

  it('says what is wrong with a feed that is not one', () => {
    assert.throws(() => feedEntries('<rss/>'), /The feed is not JSON/);
    assert.throws(() => feedEntries('{"entries":[]}'), /has no "items" list/);
  });
});

describe('a quotation in the feed', () => {
  it('reaches the announcement with its words and its person, from the site\'s own JSON Feed', () => {
    const info = { title: 'T', description: 'D', homeUrl: 'https://bytes.example/', selfUrl: 'https://bytes.example/feed.json', siteUrl: 'https://bytes.example', language: 'en', author: 'A' };
    const item = {
      title: 'Quoting Leslie Lamport',
      url: 'https://example.com/talk',
      permalink: 'https://bytes.example/posts/lamport',
      date: '2026-11-26T00:00:00.000Z',
      description: 'Words <b>and</b> more.',
      commentaryHtml: '',
      hostname: 'example.com',
      tags: [],
      authors: [],
      quoteHtml: '<p>Words <b>and</b> more.</p>',
      by: 'Leslie Lamport',
    };
    const [entry] = feedEntries(jsonFeed(info, [item])).entries;
    assert.deepEqual(entry.quotation, { text: 'Words <b>and</b> more.', by: 'Leslie Lamport' });
    assert.equal(feedEntries(jsonFeed(info, [{ ...item, quoteHtml: undefined }])).entries[0].quotation, undefined);
  });
});
