import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPosts } from '../posts';
import { buildSearchIndex, type IndexedEntry, indexedEntry } from './build-index';
import { createSearchEngine, excerpt, markedParts, oneEditApart } from './engine';
import { bucketOf, deletionKeys, indexFile, MANIFEST_FILE } from './format';
import type { SearchQuery } from './query';
import { fold, tokens } from './text';

/** An engine over index files held in memory, counting what it fetches. */
function engineOver(files: Map<string, string>) {
  const fetched: string[] = [];
  const engine = createSearchEngine(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path}: 404`);
    return JSON.parse(text);
  });
  return { engine, fetched, files };
}

const shipped = getPosts();
const { engine } = engineOver(buildSearchIndex(shipped.map((post) => indexedEntry(post, ''))));
const titleOf = (slug: string) => shipped.find((post) => post.slug === slug)!.title;

async function titles(q: string, extra: Partial<SearchQuery> = {}) {
  const outcome = await engine.search({ q, sort: 'relevance', ...extra });
  return { titles: outcome.entries.map((number) => shipped[number].title), corrections: outcome.corrections };
}

/** The query table: what a reader types, and what must come first on the shipped entries. */
const FIRST: [kind: string, query: string, slug: string][] = [
  ['an exact word', 'linearizability', 'linearizability-testing-s2-with-deterministic-simulation'],
  ['a phrase', '"write skew"', 'what-does-write-skew-look-like'],
  ['a tag name', 'idempotency', 'on-idempotency-keys'],
  ['an author', 'Kleppmann', 'how-to-do-distributed-locking'],
  ['a site', 'Restate', 'building-a-modern-durable-execution-engine-from-first-principles'],
  ['a stemmed form', 'locks', 'how-to-do-distributed-locking'],
  ['a typo at the start of a word', 'eocksdb', 'rocksdb-development-finds-a-cpu-bug'],
  ['a typo in the middle', 'linaerizability', 'linearizability-testing-s2-with-deterministic-simulation'],
  ['a typo at the end', 'idempotencz', 'on-idempotency-keys'],
  ['a swap of two letters', 'rocskdb', 'rocksdb-development-finds-a-cpu-bug'],
  ['two words, one misspelt', 'exabite filesystem', 'ternfs-an-exabyte-scale-multi-region-distributed-filesystem'],
  ['a word with an accent', 'Idempoténcy', 'on-idempotency-keys'],
  ['a prefix being typed', 'linea', 'linearizability-testing-s2-with-deterministic-simulation'],
  ['TLA+', 'TLA+', 'tla-plus-modeling-of-aws-outage-dns-race-condition'],
  ["a link's title word, also in a quotation's words", 'clocks', 'three-clocks-are-better-than-one'],
];

describe('search relevance on the shipped entries', () => {
  for (const [kind, query, slug] of FIRST) {
    it(`${kind}: "${query}" finds "${titleOf(slug)}" first`, async () => {
      assert.equal((await titles(query)).titles[0], titleOf(slug));
    });
  }

  it('finds nothing, and corrects nothing, for gibberish', async () => {
    assert.deepEqual(await titles('qwxzzy'), { titles: [], corrections: [] });
    assert.deepEqual(await titles('zzzzzzzzqq'), { titles: [], corrections: [] });
  });

  it('names the correction it made, and corrects only the word that needs it', async () => {
    assert.deepEqual((await titles('linaerizability')).corrections, [{ from: 'linaerizability', to: 'linearizability' }]);
    assert.deepEqual((await titles('postgersql')).corrections, [{ from: 'postgersql', to: 'postgresql' }]);
    assert.deepEqual((await titles('fliesystem distributed')).corrections, [{ from: 'fliesystem', to: 'filesystem' }]);
    const consensus = shipped.filter((post) => /consensus/i.test(`${post.title} ${post.quote ?? ''} ${post.tags}`)).map((post) => post.title);
    assert.deepEqual((await titles('consnsus')).titles.sort(), consensus.sort());
  });

  it('searches the words as typed when asked to ("Search instead for …")', async () => {
    assert.deepEqual(await titles('linaerizability', { literal: true }), { titles: [], corrections: [] });
  });

  it('ranks a title or tag match above one in the commentary alone', async () => {
    const results = (await titles('consensus')).titles;
    assert.deepEqual(results.slice(0, 2).sort(), [titleOf('consensus-board-game'), titleOf('distributed-consensus')].sort());
  });

  it('matches every word of the query, and a phrase only where its words stand together', async () => {
    const both = (await titles('aurora authorization')).titles;
    assert.deepEqual(both, [titleOf('aurora-dsql-how-authentication-and-authorization-works')]);
    assert.deepEqual((await titles('"skew write"')).titles, []);
  });

  it('filters by tag and kind, and lists a filter alone newest first', async () => {
    const tagged = (await titles('aws', { tags: ['tla-plus'] })).titles;
    assert.ok(tagged.length > 0);
    for (const title of tagged) assert.ok(shipped.find((post) => post.title === title)!.tags.includes('tla-plus'));
    const docs = (await titles('', { kind: 'docs' })).titles;
    assert.deepEqual(docs, shipped.filter((post) => post.kind === 'docs').map((post) => post.title));
    const aws = (await titles('', { tags: ['aws'] })).titles;
    assert.deepEqual(aws, shipped.filter((post) => post.tags.includes('aws')).map((post) => post.title));
    assert.deepEqual((await titles('raft', { tags: ['no-such-tag'] })).titles, []);
  });

  it('filters by several tags at once: entries with all of them', async () => {
    const both = (await titles('', { tags: ['formal-methods', 'tla-plus'] })).titles;
    const expected = shipped.filter((post) => post.tags.includes('formal-methods') && post.tags.includes('tla-plus')).map((post) => post.title);
    assert.ok(expected.length > 0 && expected.length < shipped.filter((post) => post.tags.includes('tla-plus')).length);
    assert.deepEqual(both, expected);
  });

  it('filters by a reading list: its steps, newest first', async () => {
    const steps = new Set(shipped.slice(0, 3).map((post) => post.slug));
    const { engine: withList } = engineOver(buildSearchIndex(shipped.map((post) => indexedEntry(post, '', new Map(), steps.has(post.slug) ? ['start-here'] : []))));
    assert.deepEqual((await withList.search({ q: '', list: 'start-here', sort: 'newest' })).entries, [0, 1, 2]);
    assert.deepEqual((await withList.search({ q: '', list: 'no-such-list', sort: 'newest' })).entries, []);
  });

  it("filters by a tag's other name as by the tag, and finds the tag's entries by it", async () => {
    const otherNames = new Map([['tla', 'tla-plus']]);
    const { engine: withAliases } = engineOver(buildSearchIndex(shipped.map((post) => indexedEntry(post, '', otherNames)), otherNames));
    const tla = shipped.filter((post) => post.tags.includes('tla-plus')).map((post) => post.title);
    assert.deepEqual((await withAliases.search({ q: '', tags: ['tla'], sort: 'newest' })).entries.map((number) => shipped[number].title), tla);
    const found = (await withAliases.search({ q: 'tla', sort: 'relevance' })).entries.map((number) => shipped[number].title);
    for (const title of tla) assert.ok(found.includes(title), title);
  });

  it('orders newest first on request', async () => {
    const newest = (await titles('aws', { sort: 'newest' })).titles;
    assert.deepEqual(newest, shipped.filter((post) => newest.includes(post.title)).map((post) => post.title));
  });

  it('fetches the correction files only for a word that matched nothing, and only a few', async () => {
    const fresh = engineOver(buildSearchIndex(shipped.map((post) => indexedEntry(post, ''))));
    const corrections = () => fresh.fetched.filter((path) => path.startsWith('c/')).length;
    await fresh.engine.search({ q: 'consensus board', sort: 'relevance' });
    assert.equal(corrections(), 0);
    await fresh.engine.search({ q: 'consnsus', sort: 'relevance' });
    assert.ok(corrections() > 0 && corrections() <= 'consnsus'.length + 1, `${corrections()} files`);
  });

  it('corrects a typo that is itself a word, or starts one, when the words together find nothing', async () => {
    const entries = ['Rails at scale', 'Trails in the Alps', 'Snails of the Jura'].map((title, index) => ({
      ...indexedEntry(shipped[0], ''),
      title,
      description: '',
      commentary: '',
      tags: '',
      site: '',
      hostname: `x${index}.test`,
      authors: '',
      quotation: '',
    }));
    const { engine: typos } = engineOver(buildSearchIndex(entries));
    // "rails" is a word of the site, so it is not corrected alone; with "alps" it finds nothing, and "trails" does.
    const outcome = await typos.search({ q: 'rails alps', sort: 'relevance' });
    assert.deepEqual(outcome.corrections, [{ from: 'rails', to: 'trails' }]);
    assert.deepEqual(outcome.entries, [1]);
    assert.ok(outcome.matcher.terms.includes('trail'));
    // A query that finds something as typed is left alone; a literal one is never corrected.
    assert.deepEqual((await typos.search({ q: 'rails scale', sort: 'relevance' })).corrections, []);
    assert.deepEqual((await typos.search({ q: 'rails alps', sort: 'relevance', literal: true })).entries, []);
  });

  it('bounds the work one very long word makes, in a query and in the index', async () => {
    const fresh = engineOver(buildSearchIndex(shipped.map((post) => indexedEntry(post, ''))));
    const outcome = await fresh.engine.search({ q: `consensus ${'q'.repeat(20_000)}`, sort: 'relevance' });
    assert.deepEqual(outcome.corrections, []);
    // Nothing holds both, so the short word's neighbours are tried; the long word is never looked up.
    const { buckets } = JSON.parse(fresh.files.get(MANIFEST_FILE)!) as { buckets: number };
    const consensusFiles = new Set(deletionKeys('consensus').map((key) => indexFile('c', bucketOf(key, buckets))));
    assert.deepEqual(fresh.fetched.filter((path) => path.startsWith('c/') && !consensusFiles.has(path)), []);

    const long = 'x'.repeat(24_000);
    const files = buildSearchIndex([{ ...indexedEntry(shipped[0], ''), commentary: `A word: ${long}.` }]);
    const offered = [...files].filter(([name]) => name.startsWith('c/')).flatMap(([, text]) => (JSON.parse(text) as [string, number][]).map(([word]) => word));
    assert.ok(offered.length > 0 && offered.every((word) => word.length <= 32), `${Math.max(...offered.map((word) => word.length))} letters`);
  });
});

describe('search text', () => {
  it('folds accents and ß, and stems with Snowball English', () => {
    assert.equal(fold('Zürich'), 'zurich');
    assert.equal(fold('Straße'), 'strasse');
    assert.equal(fold('Café'), 'cafe');
    assert.deepEqual(tokens('Locks, locking and LOCKED').map((token) => token.term), ['lock', 'lock', 'lock']);
    assert.deepEqual(tokens('the and of').map((token) => token.term), []);
  });

  it('reads a decomposed accent (as a Mac copies it) as part of its word', () => {
    assert.deepEqual(tokens('Zu\u0308rich and Zürich').map((token) => token.folded), ['zurich', 'zurich']);
    assert.equal(tokens('Zu\u0308rich')[0].text, 'Zu\u0308rich');
  });

  it('finds entries whatever the accents of the query or the text', async () => {
    const entry = (title: string): IndexedEntry => ({ title, quotation: '', description: '', commentary: '', tags: '', authors: '', site: '', hostname: '', kind: 'Article', kindName: 'article', tagNames: [], listNames: [], card: '' });
    const { engine: small } = engineOver(buildSearchIndex([entry('Café in Zürich'), entry('Straße der Konsistenz'), entry('東京 replication')]));
    const first = async (q: string) => (await small.search({ q, sort: 'relevance' })).entries;
    assert.deepEqual(await first('zurich'), [0]);
    assert.deepEqual(await first('Zürich café'), [0]);
    assert.deepEqual(await first('strasse'), [1]);
    assert.deepEqual(await first('STRAßE'), [1]);
    assert.deepEqual(await first('東京'), [2]);
  });

  it('knows one edit: a letter inserted, deleted, replaced, or two neighbours swapped', () => {
    for (const [a, b] of [['raft', 'rafts'], ['raft', 'aft'], ['raft', 'rait'], ['raft', 'arft'], ['raft', 'ratf']]) assert.equal(oneEditApart(a, b), true, `${a} ${b}`);
    for (const [a, b] of [['raft', 'raft'], ['raft', 'rfta'], ['raft', 'rt'], ['raft', 'tfar']]) assert.equal(oneEditApart(a, b), false, `${a} ${b}`);
  });

  it('files a word and its one-edit neighbours under a shared key', () => {
    for (const typo of ['xaft', 'aft', 'rafts', 'arft']) {
      const shared = deletionKeys(typo).filter((key) => deletionKeys('raft').includes(key));
      assert.ok(shared.length > 0, typo);
      assert.equal(bucketOf(shared[0], 64), bucketOf(shared[0], 64));
    }
  });

  it('marks matched words and cuts an excerpt around the first', () => {
    const matcher = { terms: ['lock'], prefixes: ['fenc'] };
    assert.deepEqual(
      markedParts('Locks need fencing tokens.', matcher).filter((part) => part.marked).map((part) => part.text),
      ['Locks', 'fencing'],
    );
    const long = `${'word '.repeat(40)}the lock is here ${'tail '.repeat(40)}`;
    const parts = excerpt(long, matcher)!;
    assert.equal(parts[0].text, '… ');
    assert.equal(parts.at(-1)!.text, ' …');
    assert.deepEqual(parts.filter((part) => part.marked).map((part) => part.text), ['lock']);
    assert.equal(excerpt('nothing here', matcher), undefined);
  });
});
