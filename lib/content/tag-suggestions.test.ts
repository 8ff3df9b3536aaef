import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPosts, getTagVocabulary } from '../posts';
import { plainText } from '../plain-text';
import { entryText, suggestTags, tagModel, type TaggedText, termHash } from './tag-suggestions';

const VOCABULARY = ['consensus', 'databases', 'testing', 'unused', 'formal-methods', 'http2'];
const fixtures: TaggedText[] = [
  { text: 'Paxos made simple: how replicas reach consensus on one value despite failures', tags: ['consensus'] },
  { text: 'Raft: an understandable consensus algorithm with a leader and a replicated log', tags: ['consensus'] },
  { text: 'Indexes, storage engines and query planning in relational databases', tags: ['databases'] },
  { text: 'Property-based testing finds the bugs unit tests miss', tags: ['testing'] },
  { text: 'Jepsen: testing the consistency of distributed databases under partitions', tags: ['testing', 'databases'] },
];

describe('tag suggestions', () => {
  const model = tagModel(fixtures, VOCABULARY);

  it('rank the tags whose entries share the most weighted words with the new link', () => {
    assert.deepEqual(suggestTags(model, 'Viewstamped replication: consensus with a leader')[0], 'consensus');
    assert.deepEqual(suggestTags(model, 'Query planning for storage engines')[0], 'databases');
    assert.deepEqual(suggestTags(model, 'Fuzz testing and property-based tests').slice(0, 1), ['testing']);
  });

  it('suggest a tag the link names, even one no entry shares a word with, all of its words or not at all', () => {
    const named = tagModel([...fixtures, { text: 'TLA+ specifications', tags: ['formal-methods'] }, { text: 'Header compression', tags: ['http2'] }], VOCABULARY);
    assert.equal(suggestTags(named, 'Gardening with formal methods')[0], 'formal-methods');
    assert.equal(suggestTags(named, 'Server push in HTTP2, measured')[0], 'http2');
    assert.ok(!suggestTags(named, 'Methods of gardening').includes('formal-methods'));
  });

  it('ship no word of any entry, only hashes of its terms, so a hostile title stays out of the JSON', () => {
    const hostile = tagModel([{ text: '</script><script>alert(1)</script> consensus', tags: ['consensus'] }], VOCABULARY);
    const json = JSON.stringify(hostile);
    assert.doesNotMatch(json, /script|alert|consensus"?:/);
    assert.match(hostile.entries[0], new RegExp(`^0:(...)*${termHash('consensus')}`));
  });

  it('suggest nothing outside the vocabulary, nor a tag no entry uses, nor anything for unrelated words', () => {
    assert.deepEqual([...model.tags].sort(), ['consensus', 'databases', 'testing']);
    assert.deepEqual(suggestTags(model, 'Gardening in spring: tulips and roses'), []);
    assert.deepEqual(suggestTags(tagModel([{ text: 'consensus paxos', tags: ['made-up-tag'] }], VOCABULARY), 'consensus paxos'), []);
  });

  it('find one of an entry’s tags among three for at least 80 % of the shipped entries, each left out in turn', () => {
    const entries = getPosts().map((post) => ({ text: entryText({ ...post, commentary: plainText(post.body.raw) }), tags: post.tags }));
    const vocabulary = getTagVocabulary().map(({ name }) => name);
    let counted = 0;
    let inThree = 0;
    for (const [index, entry] of entries.entries()) {
      const others = entries.filter((_, position) => position !== index);
      if (!entry.tags.some((tag) => others.some((other) => other.tags.includes(tag)))) continue;
      counted++;
      if (suggestTags(tagModel(others, vocabulary), entry.text).some((tag) => entry.tags.includes(tag))) inThree++;
    }
    assert.ok(counted >= 15, `${counted} entries`);
    assert.ok(inThree / counted >= 0.8, `${inThree} of ${counted}`);
  });
});
