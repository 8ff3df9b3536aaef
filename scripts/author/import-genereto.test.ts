import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkContentFile } from '../../lib/content/check';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { keywordTags, summary } from '../../lib/content/genereto';
import { plainText } from '../../lib/plain-text';
import { importGenereto } from './import-genereto';

const contentDir = mkdtempSync(join(tmpdir(), 'import-'));
mkdirSync(join(contentDir, 'posts'));
cpSync('content/tags.yml', join(contentDir, 'tags.yml'));
cpSync('content/posts/on-idempotency-keys.mdx', join(contentDir, 'posts/on-idempotency-keys.mdx'));
after(() => rmSync(contentDir, { recursive: true, force: true }));

const fields = (slug: string) => {
  const parsed = parseFrontMatter(readFileSync(join(contentDir, 'posts', `${slug}.mdx`), 'utf8'));
  assert.ok(!('error' in parsed));
  return parsed.data;
};

describe('npm run import (genereto)', () => {
  const result = importGenereto('scripts/author/fixtures/genereto', contentDir);

  it('imports each shared link once, keeping dates, drafts and keywords as tags', () => {
    assert.deepEqual(result.entries.map((entry) => entry.slug).sort(), ['a-draft-link', 'half-written', 'notes-on-leases', 'paxos-made-simple', 'raft-visualised']);
    assert.deepEqual(fields('paxos-made-simple'), {
      title: 'Paxos Made Simple',
      url: 'https://lamport.azurewebsites.net/pubs/paxos-simple.pdf',
      date: '2024-03-01',
      description: "Lamport's own short explanation.",
      kind: 'paper',
      tags: ['consensus', 'formal-methods'],
    });
    assert.match(readFileSync(join(contentDir, 'posts/paxos-made-simple.mdx'), 'utf8'), /---\n\nThe clearest account of Paxos, by its author\.\n$/);
    assert.equal(fields('a-draft-link').draft, true);
    assert.equal(fields('a-draft-link').description, 'Still thinking about this one.');
    assert.equal(fields('half-written').draft, true, 'a TODO marker makes a draft, as in genereto');
    assert.doesNotMatch(readFileSync(join(contentDir, 'posts/half-written.mdx'), 'utf8'), /GENERETO/);
    assert.equal(fields('raft-visualised').kind, 'video');
  });

  it('reads a file saved with a byte-order mark, and describes it by its first sentences as prose', () => {
    assert.equal(fields('notes-on-leases').title, 'Notes on Leases');
    assert.equal(fields('notes-on-leases').description, 'Why leases A lease is a lock with a deadline.');
  });

  it('takes a description from text without its Markdown or HTML, cut at a sentence or with "…"', () => {
    assert.equal(plainText('<p>An <em>HTML</em> paragraph.</p>\n\nThen *Markdown*, `code` and [a link](https://x.test).'), 'An HTML paragraph. Then Markdown, code and a link.');
    const long = 'Word '.repeat(60).trim();
    assert.equal(summary(long), `${long.slice(0, 149).replace(/\s+\S*$/, '')}…`);
    assert.ok(summary(long).length <= 150);
    assert.equal(summary(`First sentence is here, long enough to count. ${long}`), 'First sentence is here, long enough to count.');
  });

  it('writes entries that pass the content check', () => {
    for (const name of readdirSync(join(contentDir, 'posts'))) {
      const file = join(contentDir, 'posts', name);
      assert.deepEqual(checkContentFile(file, readFileSync(file, 'utf8'), 'post'), [], name);
    }
  });

  it('reports what it skipped and why', () => {
    assert.deepEqual(result.skipped, [
      { from: 'content/about.md', reason: 'no url: a page of its own, not a shared link' },
      { from: 'content/blog/bad-date.md', reason: 'publish_date "2024-02-30" is not a YYYY-MM-DD day' },
      { from: 'content/blog/blog.yml#2', reason: 'links to the same page as content/posts/paxos-made-simple.mdx' },
      { from: 'content/blog/blog.yml#3', reason: 'links to the same page as content/posts/on-idempotency-keys.mdx' },
      { from: 'content/blog/blog.yml#4', reason: 'no title' },
    ]);
    assert.deepEqual(result.newTags, []);
  });

  it('turns keywords into tag slugs', () => {
    assert.deepEqual(keywordTags('Distributed Systems, TLA+ , distributed systems'), ['distributed-systems', 'tla']);
    assert.deepEqual(keywordTags(['A', 'b']), ['a', 'b']);
    assert.deepEqual(keywordTags(undefined), []);
  });
});
