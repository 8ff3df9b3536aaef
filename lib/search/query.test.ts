import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasCriteria, parseSearchParams, searchHref } from './query';

describe('search URLs', () => {
  it('round-trips a query with filters and order', () => {
    const query = { q: 'TLA+ & raft', tags: ['formal-methods', 'tla-plus'], kind: 'paper' as const, sort: 'newest' as const };
    const href = searchHref(query);
    assert.equal(href, '/search?q=TLA%2B+%26+raft&tag=formal-methods&tag=tla-plus&kind=paper&sort=newest');
    assert.deepEqual(parseSearchParams(new URL(href, 'https://x.example').searchParams), query);
  });

  it('keeps "search instead for" literal, and only when asked', () => {
    assert.equal(searchHref({ q: 'linaerizability', sort: 'relevance', literal: true }), '/search?q=linaerizability&literal=1');
    assert.deepEqual(parseSearchParams(new URLSearchParams('q=x&literal=1')), { q: 'x', tags: [], sort: 'relevance', literal: true });
    assert.deepEqual(parseSearchParams(new URLSearchParams('q=x&literal=yes')), { q: 'x', tags: [], sort: 'relevance' });
  });

  it('leaves defaults out of the URL', () => {
    assert.equal(searchHref({ q: '', sort: 'relevance' }), '/search');
    assert.equal(searchHref({ q: 'raft', sort: 'relevance' }), '/search?q=raft');
  });

  it('drops values it does not know rather than searching for them', () => {
    assert.deepEqual(parseSearchParams(new URLSearchParams('q=x&kind=blog&tag=Not%20A%20Tag&sort=random')), {
      q: 'x',
      tags: [],
      sort: 'relevance',
    });
  });

  it('keeps each tag once, and at most five', () => {
    const many = new URLSearchParams(['a', 'b', 'a', 'c', 'd', 'e', 'f'].map((tag) => ['tag', tag]));
    assert.deepEqual(parseSearchParams(many).tags, ['a', 'b', 'c', 'd', 'e']);
  });

  it('searches for words, or for a filter alone', () => {
    assert.equal(hasCriteria({ q: '  ', tags: [], sort: 'relevance' }), false);
    assert.equal(hasCriteria({ q: 'raft', tags: [], sort: 'relevance' }), true);
    assert.equal(hasCriteria({ q: '', tags: [], kind: 'video', sort: 'relevance' }), true);
    assert.equal(hasCriteria({ q: '', tags: ['raft'], sort: 'relevance' }), true);
  });
});
