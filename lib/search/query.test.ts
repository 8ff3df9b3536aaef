import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasCriteria, parseSearchParams, searchHref } from './query';

describe('search URLs', () => {
  it('round-trips a query with filters and order', () => {
    const query = { q: 'TLA+ & raft', tag: 'formal-methods', kind: 'paper' as const, sort: 'newest' as const };
    const href = searchHref(query);
    assert.equal(href, '/search?q=TLA%2B+%26+raft&tag=formal-methods&kind=paper&sort=newest');
    assert.deepEqual(parseSearchParams(new URL(href, 'https://x.example').searchParams), query);
  });

  it('keeps "search instead for" literal, and only when asked', () => {
    assert.equal(searchHref({ q: 'linaerizability', sort: 'relevance', literal: true }), '/search?q=linaerizability&literal=1');
    assert.deepEqual(parseSearchParams(new URLSearchParams('q=x&literal=1')), { q: 'x', sort: 'relevance', literal: true });
    assert.deepEqual(parseSearchParams(new URLSearchParams('q=x&literal=yes')), { q: 'x', sort: 'relevance' });
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
