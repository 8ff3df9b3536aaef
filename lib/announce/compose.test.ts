import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BLUESKY_LIMIT, blueskyPost, graphemeLength, hashtagOf, MASTODON_LIMIT, mastodonLength, mastodonStatus, shownUrl } from './compose';
import type { FeedEntry } from './feed';

const entry: FeedEntry = {
  key: '/posts/leases',
  permalink: 'https://bytes.example/posts/leases',
  url: 'https://www.fixture.example/articles/2025/10/leases-and-fencing-tokens-explained-at-length',
  title: 'Leases & Fencing Tokens',
  summary: 'How leases go wrong when clocks drift.',
  tags: ['formal-methods', 'tla-plus', 'consensus', 'time'],
  date: '2026-11-26',
};

/** The text a Bluesky facet covers. */
const covered = (text: string, { byteStart, byteEnd }: { byteStart: number; byteEnd: number }) =>
  new TextDecoder().decode(new TextEncoder().encode(text).slice(byteStart, byteEnd));

describe('hashtags', () => {
  it('are the first three tags, camel-cased, as both networks accept them', () => {
    assert.equal(hashtagOf('formal-methods'), 'FormalMethods');
    assert.equal(hashtagOf('tla-plus'), 'TlaPlus');
    assert.match(mastodonStatus(entry, 'Bytes'), /\n\n#FormalMethods #TlaPlus #Consensus\n\n/);
    assert.doesNotMatch(mastodonStatus(entry, 'Bytes'), /#Time/);
  });
});

describe('mastodonStatus', () => {
  it('carries the title, the shared link first (for the card), the hashtags and the permalink', () => {
    assert.equal(
      mastodonStatus(entry, 'Bytes'),
      `Leases & Fencing Tokens\n\n${entry.url}\n\n#FormalMethods #TlaPlus #Consensus\n\nOn Bytes: https://bytes.example/posts/leases`,
    );
  });

  it('counts every URL as 23 characters, as Mastodon does', () => {
    assert.equal(mastodonLength(`a ${'https://example.com/'.padEnd(200, 'x')} b`), 2 + 23 + 2);
  });

  it('cuts a 300-character title at a word to stay within 500', () => {
    const long = { ...entry, title: 'Consensus '.repeat(30).trim() + ' and more', tags: ['a', 'b'] };
    const status = mastodonStatus({ ...long, title: `${long.title} ${'x'.repeat(200)}` }, 'Bytes');
    assert.ok(mastodonLength(status) <= MASTODON_LIMIT, String(mastodonLength(status)));
    const title = status.split('\n\n')[0];
    assert.match(title, /^Consensus .* and more…$/);
    assert.ok(status.includes(entry.url) && status.includes(entry.permalink));
    // A title that fits is left whole.
    const fits = 'Consensus '.repeat(30).trim();
    assert.equal(mastodonStatus({ ...entry, title: fits }, 'Bytes').split('\n\n')[0], fits);
  });
});

describe('blueskyPost', () => {
  it('shows short links, with facets over exactly their text, hashtag facets, and a link card', () => {
    const post = blueskyPost(entry, 'Bytes');
    assert.equal(post.text, `Leases & Fencing Tokens\n\n${shownUrl(entry.url)}\nOn Bytes: bytes.example/posts/leases\n\n#FormalMethods #TlaPlus #Consensus`);
    assert.equal(shownUrl(entry.url), 'fixture.example/articles/2025/10/leases-and-fen…');
    assert.deepEqual(
      post.facets.map(({ index, features: [feature] }) => [covered(post.text, index), 'uri' in feature ? feature.uri : feature.tag]),
      [
        [shownUrl(entry.url), entry.url],
        ['bytes.example/posts/leases', entry.permalink],
        ['#FormalMethods', 'FormalMethods'],
        ['#TlaPlus', 'TlaPlus'],
        ['#Consensus', 'Consensus'],
      ],
    );
    assert.deepEqual(post.embed, { $type: 'app.bsky.embed.external', external: { uri: entry.url, title: entry.title, description: entry.summary } });
  });

  it('stays within 300 graphemes for a 300-character title, counting emoji and accents as one each', () => {
    for (const title of ['x'.repeat(300), 'Café '.repeat(60).trim(), '👩‍👩‍👧 family '.repeat(30).trim()]) {
      const post = blueskyPost({ ...entry, title }, 'Bytes');
      assert.ok(graphemeLength(post.text) <= BLUESKY_LIMIT, `${graphemeLength(post.text)} for ${title.slice(0, 12)}`);
      assert.match(post.text.split('\n\n')[0], /…$/);
      // Facets still cover their text after the title was cut.
      for (const facet of post.facets) assert.match(covered(post.text, facet.index), /^(fixture|bytes|#)/);
    }
    assert.equal(graphemeLength('👩‍👩‍👧é'), 2);
  });
});

describe('a quotation', () => {
  const words = `${'If you are thinking without writing, you only think you are thinking. '.repeat(21)}`.trim();
  const quotation: FeedEntry = { ...entry, title: 'Quoting Leslie Lamport', quotation: { text: words, by: 'Leslie Lamport' } };

  it('is announced by its words, cut at a word with "…", the person and the permalink', () => {
    assert.ok(words.length > 1400);
    const status = mastodonStatus(quotation, 'Distributed Bytes');
    assert.ok(mastodonLength(status) <= MASTODON_LIMIT, `${mastodonLength(status)}`);
    assert.match(status, /^“If you are thinking without writing, .*\w…” — Leslie Lamport\n\n#FormalMethods #TlaPlus #Consensus\n\nOn Distributed Bytes: https:\/\/bytes\.example\/posts\/leases$/s);
    assert.doesNotMatch(status, /fixture\.example/);
    const short = mastodonStatus({ ...quotation, quotation: { text: 'Short words.', by: 'Ada' } }, 'Bytes');
    assert.match(short, /^“Short words\.” — Ada\n\n/);
  });

  it('keeps the words when the name is long, and cuts the name too when it must', () => {
    const by = `Someone ${'with a very long name indeed, '.repeat(7)}`.trim().slice(0, 200);
    for (const [length, measure, text] of [
      [BLUESKY_LIMIT, graphemeLength, blueskyPost({ ...quotation, quotation: { text: words, by } }, 'Distributed Bytes').text],
      [MASTODON_LIMIT, mastodonLength, mastodonStatus({ ...quotation, quotation: { text: words, by } }, 'Distributed Bytes')],
    ] as const) {
      assert.ok(measure(text) <= length, `${measure(text)} > ${length}`);
      const quoted = /^“([^”]*)”/.exec(text)![1];
      assert.ok(quoted.length >= 60, quoted);
      assert.match(text, /” — Someone with a very long name/);
    }
    const bluesky = blueskyPost({ ...quotation, quotation: { text: words, by } }, 'Distributed Bytes').text;
    assert.match(bluesky, /” — Someone with a very long name[^\n]*…\n/);
  });

  it('fits Bluesky too, its card the permalink', () => {
    const post = blueskyPost(quotation, 'Distributed Bytes');
    assert.ok(graphemeLength(post.text) <= BLUESKY_LIMIT, `${graphemeLength(post.text)}`);
    assert.match(post.text, /^“If you are thinking without writing.*…” — Leslie Lamport\n\nOn Distributed Bytes: bytes\.example\/posts\/leases\n\n#FormalMethods/s);
    assert.equal(post.embed.external.uri, 'https://bytes.example/posts/leases');
    assert.deepEqual(post.facets.map((facet) => covered(post.text, facet.index)), ['bytes.example/posts/leases', '#FormalMethods', '#TlaPlus', '#Consensus']);
  });
});
