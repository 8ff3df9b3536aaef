import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkContent, checkContentFile } from '../../lib/content/check';
import { formatFinding } from '../../lib/content/findings';
import { readNetscape, UnreadableExport } from '../../lib/content/import/bookmarks';
import { dayOfBookmark } from '../../lib/content/import/convert';
import { parseVocabulary } from '../../lib/content/tags';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { keywordTags, summary } from '../../lib/content/import/genereto';
import { plainText } from '../../lib/plain-text';
import { importBookmarks, importGenereto, importReport } from './import';

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

const FIXTURES = 'scripts/author/fixtures/bookmarks';

/** A content folder with the site's vocabulary and one entry, and the whole content check over it. */
function freshContent() {
  const dir = mkdtempSync(join(tmpdir(), 'import-bookmarks-'));
  mkdirSync(join(dir, 'posts'));
  cpSync('content/tags.yml', join(dir, 'tags.yml'));
  cpSync('content/posts/on-idempotency-keys.mdx', join(dir, 'posts/on-idempotency-keys.mdx'));
  return dir;
}

function fullCheck(dir: string) {
  const read = (file: string) => ({ file, source: readFileSync(file, 'utf8') });
  return checkContent({
    posts: readdirSync(join(dir, 'posts')).map((name) => read(join(dir, 'posts', name))),
    pages: [],
    vocabulary: read(join(dir, 'tags.yml')),
    lists: [],
    publicPaths: [],
    today: '2026-12-01',
    siteUrl: 'https://bytes.example',
    pageSize: 10,
  }).filter((finding) => finding.level !== 'notice' && !/reading list/.test(finding.message));
}

const entryOf = (dir: string, slug: string) => {
  const parsed = parseFrontMatter(readFileSync(join(dir, 'posts', `${slug}.mdx`), 'utf8'));
  assert.ok(!('error' in parsed));
  return parsed;
};

describe('npm run import (bookmark exports)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const content = () => {
    const dir = freshContent();
    dirs.push(dir);
    return dir;
  };
  const TODAY = '2026-12-01';

  it('reads a Netscape file: nested folders, TAGS, ADD_DATE in seconds or microseconds, <DD> descriptions, entities', () => {
    const bookmarks = readNetscape('b.html', readFileSync(join(FIXTURES, 'netscape.html'), 'utf8'));
    const raft = bookmarks.find(({ url }) => url === 'https://raft.github.io/')!;
    assert.deepEqual(raft, {
      from: 'b.html:13',
      url: 'https://raft.github.io/',
      title: 'The Raft Consensus Algorithm',
      description: 'Raft is a consensus algorithm that is designed to be easy to understand & equivalent to Paxos.',
      tags: ['consensus', 'Raft'],
      date: '1609459200',
      private: false,
      unread: false,
      folders: ['Bookmarks bar', 'Distributed systems'],
    });
    assert.equal(bookmarks.find(({ title }) => title === 'Jepsen – Analyses')?.description, '');
    assert.deepEqual(bookmarks.at(-1)?.folders, []);
    assert.equal(dayOfBookmark('1612137600000000'), '2021-02-01');
    assert.equal(dayOfBookmark('1612137600000'), '2021-02-01');
  });

  it('writes entries the whole content check passes, and a table of what it wrote and skipped, naming each record and why', () => {
    const dir = content();
    const netscape = importBookmarks(join(FIXTURES, 'netscape.html'), dir, { today: TODAY });
    const report = importReport(netscape);
    assert.match(report, /\| written \| 5 \|/);
    assert.deepEqual(netscape.skipped.map(({ from, reason }) => `${from.replace(/^.*\//, '')}: ${reason}`), [
      'netscape.html:16: private in its tool: pass --include-private to import it',
      'netscape.html:17: unread in its tool: pass --include-private to import it',
      'netscape.html:19: "javascript:alert(document.cookie)" is not an http(s) link',
      'netscape.html:21: no date is not a date: give the bookmark its day as YYYY-MM-DD',
      'netscape.html:22: "yesterday" is not a date: give the bookmark its day as YYYY-MM-DD',
      `netscape.html:23: the same page as ${FIXTURES}/netscape.html:13`,
    ]);
    const pinboard = importBookmarks(join(FIXTURES, 'pinboard.json'), dir, { today: TODAY });
    assert.deepEqual(pinboard.skipped.map(({ from, reason }) => `${from.replace(/^.*\//, '')}: ${reason}`), [
      'pinboard.json#2: unread in its tool: pass --include-private to import it',
      'pinboard.json#3: private in its tool: pass --include-private to import it',
      'pinboard.json#6: "2024-02-30T09:30:00Z" is not a date: give the bookmark its day as YYYY-MM-DD',
      `pinboard.json#7: the same page as ${FIXTURES}/pinboard.json#1`,
      'pinboard.json#8: dated 2999-01-01, after today: a bookmark was saved in the past',
      'pinboard.json#10: "javascript:alert(document.domain)" is not an http(s) link',
    ]);
    const csv = importBookmarks(join(FIXTURES, 'bookmarks.csv'), dir, { today: TODAY });
    assert.equal(csv.entries.length, 2);
    assert.deepEqual(csv.skipped.map(({ from, reason }) => `${from.replace(/^.*\//, '')}: ${reason}`), [
      'bookmarks.csv#3: "javascript:alert(1)" is not an http(s) link',
      'bookmarks.csv#4: no date is not a date: give the bookmark its day as YYYY-MM-DD',
      `bookmarks.csv#5: the same page as ${FIXTURES}/bookmarks.csv#1`,
      'bookmarks.csv#6: "2021-13-45" is not a date: give the bookmark its day as YYYY-MM-DD',
    ]);
    assert.deepEqual(fullCheck(dir).map(formatFinding), []);

    // Quoted commas and a quoted line break in a CSV; a second site's "Python 3.0" beside the first.
    assert.equal(entryOf(dir, 'corrosion-a-gossip-based-store').data.title, 'Corrosion, a gossip-based store');
    assert.equal(entryOf(dir, 'corrosion-a-gossip-based-store').data.description, 'Fly.io\'s "Corrosion": SQLite, CRDTs, and gossip on two lines');
    assert.equal(entryOf(dir, 'python-3-0-2').data.url, 'https://lwn.net/Articles/python-3');
    // A space in the address, written as a browser sends it; tags with digits, kept as names.
    assert.equal(entryOf(dir, 'a-paper-with-a-space-in-its-address').data.url, 'https://example.com/Some%20Paper.pdf');
    assert.deepEqual(entryOf(dir, 'a-paper-with-a-space-in-its-address').data.tags, ['2005', 'http2']);
  });

  it('keeps a hostile bookmark inert: markup, expressions and a javascript: link stay literal text, and the check passes them', () => {
    const dir = content();
    importBookmarks(join(FIXTURES, 'netscape.html'), dir, { today: TODAY });
    const evil = entryOf(dir, 'img-src-x-onerror-alert-1-process-env-home');
    assert.equal(evil.data.title, '<img src=x onerror=alert(1)> {process.env.HOME}');
    // The bell is gone; the rest is plain text in a YAML string, shown escaped like any description.
    assert.equal(evil.data.description, 'Bold and {curly} [a link](javascript:alert(1)) with a bell in it');
    assert.equal(evil.body.trim(), '');
    const vocabulary = readFileSync(join(dir, 'tags.yml'), 'utf8');
    assert.match(vocabulary, /- name: script-alert-1-script\n {4}title: <script>alert\(1\)<\/script>\n/);
    assert.deepEqual(fullCheck(dir).map(formatFinding), []);
  });

  it('adds the tags the vocabulary lacks, counted, maps or drops them with --tags-map, and imports private ones when asked', () => {
    const dir = content();
    const result = importBookmarks(join(FIXTURES, 'pinboard.json'), dir, {
      today: TODAY,
      includePrivate: true,
      tagsMap: new Map([['python', 'Programming Languages'], ['2008', null]]),
    });
    assert.deepEqual(result.newTags, [
      { name: 'programming-languages', written: 'Programming Languages', count: 2 },
      { name: 'personal', written: '.personal', count: 1 },
    ]);
    assert.deepEqual(entryOf(dir, 'python-3-0').data.tags, ['programming-languages']);
    assert.ok(result.entries.some(({ from }) => from.endsWith('#3')), 'the private bookmark, when asked');
    // Pinboard's private tag (.personal) comes too, when asked, as "personal".
    assert.deepEqual(entryOf(dir, 'mine-only').data.tags, ['consensus', 'personal']);
    assert.deepEqual(fullCheck(dir).map(formatFinding), []);
  });

  it('suggests tags for a bookmark with none, marked for review in the table, only from the vocabulary', () => {
    const dir = content();
    const result = importBookmarks(join(FIXTURES, 'pinboard.json'), dir, { today: TODAY, suggestTags: true });
    const [suggested] = result.entries.filter((entry) => entry.suggested);
    assert.equal(suggested.slug, 'leader-election-and-consensus-with-leases');
    assert.equal(suggested.suggested![0], 'consensus');
    assert.match(importReport(result), /Tags suggested, to review:\n {2}.*pinboard\.json#9 → content\/posts\/leader-election-and-consensus-with-leases\.mdx: consensus/);
    const names = parseVocabulary('tags.yml', readFileSync(join(dir, 'tags.yml'), 'utf8')).tags.map(({ name }) => name);
    assert.ok(suggested.suggested!.every((tag) => names.includes(tag)));
  });

  it('writes nothing the second time: every link is already on the site, counted', () => {
    const dir = content();
    importBookmarks(join(FIXTURES, 'netscape.html'), dir, { today: TODAY });
    const files = readdirSync(join(dir, 'posts')).sort();
    const vocabulary = readFileSync(join(dir, 'tags.yml'), 'utf8');
    const again = importBookmarks(join(FIXTURES, 'netscape.html'), dir, { today: TODAY });
    assert.equal(again.entries.length, 0);
    assert.equal(again.skipped.filter(({ reason }) => reason.startsWith('already on the site as content/posts/')).length, 6);
    assert.match(importReport(again), /\| skipped: already on the site \| 6 \|/);
    assert.deepEqual(readdirSync(join(dir, 'posts')).sort(), files);
    assert.equal(readFileSync(join(dir, 'tags.yml'), 'utf8'), vocabulary);
  });

  it('refuses a file it cannot read whole, writing nothing, and reads 5 MB on one line', () => {
    const dir = content();
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"href": "https://example.com", ');
    assert.throws(() => importBookmarks(broken, dir, { today: TODAY }), (error: Error) => error instanceof UnreadableExport && /broken\.json is not JSON/.test(error.message));
    const noUrl = join(dir, 'no-url.csv');
    writeFileSync(noUrl, 'link text,when\nx,y\n');
    assert.throws(() => importBookmarks(noUrl, dir, { today: TODAY }), /no-url\.csv has no url column: its first row must name the columns/);
    assert.deepEqual(readdirSync(join(dir, 'posts')), ['on-idempotency-keys.mdx']);

    // One line of 5 MB: a title, then a URL, too long for a browser.
    const huge = join(dir, 'huge.html');
    writeFileSync(huge, `<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><p><DT><A HREF="https://example.com/a" ADD_DATE="1609459200">${'A'.repeat(2_500_000)}</A><DT><A HREF="https://example.com/${'b'.repeat(2_500_000)}" ADD_DATE="1609459200">B</A></DL>`);
    const started = performance.now();
    const result = importBookmarks(huge, dir, { today: TODAY });
    assert.ok(performance.now() - started < 20_000);
    assert.equal(result.entries.length, 1);
    assert.ok(String(entryOf(dir, result.entries[0].slug).data.title).length <= 300);
    assert.match(result.skipped[0].reason, /^the URL is 2,500,020 characters long, more than a browser keeps \(2,048\)$/);
    assert.deepEqual(fullCheck(dir).map(formatFinding), []);

    // Pinboard's JSON is one line however long; a CSV may hold a 5 MB note.
    const oneLine = join(dir, 'one-line.json');
    const many = Array.from({ length: 20_000 }, (_, index) => ({ href: `https://example.org/${index}`, description: `Bookmark ${index}`, extended: 'x'.repeat(200), time: '2020-01-01T00:00:00Z', shared: 'yes', toread: 'no', tags: 'bulk' }));
    writeFileSync(oneLine, JSON.stringify(many));
    assert.ok(readFileSync(oneLine, 'utf8').length > 5_000_000 && !readFileSync(oneLine, 'utf8').includes('\n'));
    assert.equal(importBookmarks(oneLine, dir, { today: TODAY, dryRun: true }).entries.length, 20_000);
    const longNote = join(dir, 'long-note.csv');
    writeFileSync(longNote, `url,title,notes,date\nhttps://example.net/a,A long note,"${'word '.repeat(1_000_000)}",2020-01-01\n`);
    const long = importBookmarks(longNote, dir, { today: TODAY });
    assert.ok(String(entryOf(dir, long.entries[0].slug).data.description).length <= 400);
    assert.ok(entryOf(dir, long.entries[0].slug).body.length < 25_000);
    assert.match(importReport(long), /\| {3}note cut to 20,000 characters \| 1 \|/);
    assert.deepEqual(fullCheck(dir).map(formatFinding), []);
  });
});
