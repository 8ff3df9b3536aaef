import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placesOf, resolveList } from './reading-lists';

const posts = new Map(['a', 'b', 'c'].map((slug, i) => [slug, { slug, date: `2026-0${i + 1}-01T00:00:00.000Z` }]));

describe('reading lists', () => {
  const list = resolveList(
    { slug: 'start', title: 'Start', description: 'D', steps: [{ section: 'One' }, { entry: 'c', note: 'First' }, { entry: 'gone', note: 'x' }, { section: 'Two' }, { entry: 'a', note: 'Then' }] },
    (slug) => posts.get(slug),
    (markdown) => `<p>${markdown}</p>`,
  );

  it('number their published steps in order, each in its section, and grew on their newest entry’s day', () => {
    assert.deepEqual(
      list.steps.map(({ number, entry, noteHtml, section }) => [number, entry.slug, noteHtml, section]),
      [
        [1, 'c', '<p>First</p>', 'One'],
        [2, 'a', '<p>Then</p>', 'Two'],
      ],
    );
    assert.equal(list.updated, '2026-03-01');
  });

  it('tell an entry its place: the step, the list’s length, and the steps either side', () => {
    assert.deepEqual(placesOf([list], 'a'), [{ list: { slug: 'start', title: 'Start', length: 2 }, step: 2, previous: posts.get('c'), next: undefined }]);
    assert.deepEqual(placesOf([list], 'b'), []);
  });
});
