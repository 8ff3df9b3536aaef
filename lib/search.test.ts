import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  excerptParts,
  hasCriteria,
  hitFromResult,
  markWords,
  parseSearchParams,
  type SearchHit,
  searchHref,
  summaryParts,
} from './search';

const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((p) => p.marked).map((p) => p.text);

describe('search URLs', () => {
  it('round-trips a query with filters and order', () => {
    const query = { q: 'TLA+ & raft', tag: 'formal-methods', kind: 'paper' as const, sort: 'newest' as const };
    const href = searchHref(query);
    assert.equal(href, '/search?q=TLA%2B+%26+raft&tag=formal-methods&kind=paper&sort=newest');
    assert.deepEqual(parseSearchParams(new URL(href, 'https://x.example').searchParams), query);
  });

  it('leaves defaults out of the URL', () => {
    assert.equal(searchHref({ q: '', sort: 'relevance' }), '/search');
    assert.equal(searchHref({ q: 'raft', sort: 'relevance' }), '/search?q=raft');
  });

  it('drops values it does not know rather than searching for them', () => {
    assert.deepEqual(parseSearchParams(new URLSearchParams('q=x&kind=blog&tag=Not%20A%20Tag&sort=random')), {
      q: 'x',
      sort: 'relevance',
    });
  });

  it('searches for words, or for a filter alone', () => {
    assert.equal(hasCriteria({ q: '  ', sort: 'relevance' }), false);
    assert.equal(hasCriteria({ q: 'raft', sort: 'relevance' }), true);
    assert.equal(hasCriteria({ q: '', kind: 'video', sort: 'relevance' }), true);
  });
});

describe('hitFromResult', () => {
  const data = {
    url: '/posts/on-idempotency-keys.html',
    excerpt: 'about <mark>idempotency</mark> keys',
    meta: { title: 'On Idempotency Keys', link: 'https://www.morling.dev/blog/on-idempotency-keys/', date: '2025-11-03', description: 'Keys.' },
    filters: { kind: ['article'], tag: ['distributed-systems', 'api-design'] },
  };

  it('turns an indexed entry page into card data with its clean permalink', () => {
    assert.deepEqual(hitFromResult(data), {
      slug: 'on-idempotency-keys',
      permalink: '/posts/on-idempotency-keys',
      title: 'On Idempotency Keys',
      url: 'https://www.morling.dev/blog/on-idempotency-keys/',
      hostname: 'morling.dev',
      date: '2025-11-03',
      description: 'Keys.',
      kind: 'article',
      tags: ['distributed-systems', 'api-design'],
      excerpt: 'about <mark>idempotency</mark> keys',
    });
  });

  it('refuses a page that is not an entry, or lacks what a card needs', () => {
    assert.equal(hitFromResult({ ...data, url: '/about.html' }), undefined);
    assert.equal(hitFromResult({ ...data, meta: { ...data.meta, link: undefined } }), undefined);
    assert.equal(hitFromResult({ ...data, filters: { kind: ['blog'] } }), undefined);
  });
});

describe('highlighting', () => {
  it('splits an excerpt into text and marked words, decoding entities and never keeping markup', () => {
    assert.deepEqual(excerptParts('a &lt;b&gt; &amp; <mark>TLA+</mark> spec &quot;x&quot;'), [
      { text: 'a <b> & ', marked: false },
      { text: 'TLA+', marked: true },
      { text: ' spec "x"', marked: false },
    ]);
  });

  it('marks the words of the query where they start a word, whatever the case', () => {
    assert.deepEqual(marked(markWords('Linearizability testing S2 with deterministic simulation', 'linear simul')), [
      'Linearizability',
      'simulation',
    ]);
    assert.deepEqual(marked(markWords('Nonlinear things', 'linear')), []);
    assert.deepEqual(markWords('TLA+ (really)', '(+'), [{ text: 'TLA+ (really)', marked: false }]);
  });

  const hit: SearchHit = {
    slug: 's',
    permalink: '/posts/s',
    title: 'Reproducing the AWS outage',
    url: 'https://example.org/',
    hostname: 'example.org',
    date: '2026-01-01',
    description: 'A race condition in DNS automation.',
    kind: 'article',
    tags: [],
    excerpt: 'checked with <mark>TLA+</mark> by hand',
  };

  it('summarises a result by its description when the match is in the title or description', () => {
    const parts = summaryParts({ ...hit, excerpt: 'a <mark>race</mark> condition' }, 'race');
    assert.equal(parts.map((p) => p.text).join(''), hit.description);
    assert.deepEqual(marked(parts), ['race']);
  });

  it('shows the excerpt when the match is only in the commentary', () => {
    assert.deepEqual(marked(summaryParts(hit, 'tla')), ['TLA+']);
  });
});
