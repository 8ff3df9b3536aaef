import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Parser from 'rss-parser';
import { digestWeeks } from '../digest';
import { markdownToHtml } from '../markdown';
import { type DigestEntry, digestHtml, digestMarkdown, digestRss } from './digest';

const SITE = 'https://bytes.example';

function entry(slug: string, day: string, extra: Partial<DigestEntry> = {}): DigestEntry & { slug: string } {
  return {
    slug,
    title: `Entry ${slug}`,
    url: `https://example.org/${slug}?a=1&b=2`,
    permalink: `${SITE}/posts/${slug}`,
    date: `${day}T00:00:00.000Z`,
    description: `About ${slug}.`,
    commentaryHtml: '',
    commentaryMarkdown: '',
    hostname: 'example.org',
    tags: ['consensus'],
    authors: [],
    kind: 'Article',
    ...extra,
  };
}

const HOSTILE = `Tom & Jerry <script>alert(1)</script> "quoted" — Zürich\u0007`;
const HOSTILE_COMMENTARY = [
  'See [the other post](/posts/older) and *this*, [bad](javascript:alert(1)), [a relative one](newer), [a protocol-relative one](//other.example/x) and ![pic](/images/a.png).',
  'A note[^1], ~~struck~~, [back to the top](#top).',
  '- [x] done\n- [ ] not yet',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '[^1]: The first entry’s note.',
].join('\n\n');
const weeks = digestWeeks(
  [
    entry('hostile', '2026-11-26', {
      title: HOSTILE,
      description: `<img src=x onerror=alert(1)> \u0085 & more`,
      commentaryHtml: markdownToHtml(HOSTILE_COMMENTARY),
      commentaryMarkdown: HOSTILE_COMMENTARY,
      site: 'Evil <b>Site</b>',
    }),
    entry('w48', '2026-11-23', {
      commentaryMarkdown: 'Another note[^1].\n\n[^1]: The second entry’s note.',
      quote: 'Words worth quoting, at length: '.repeat(20) + 'the end[^1].\n\n[^1]: A note in the quotation.',
      quoteHtml: '<p>the words</p>',
      by: 'Ada',
      site: 'The Journal',
      context: 'in a talk at Conf',
      kind: 'Quotation',
    }),
    entry('w47', '2026-11-17'),
  ],
  '2026-12-01',
);
const info = { title: 'Digest', description: 'Weekly', homeUrl: `${SITE}/digest`, selfUrl: `${SITE}/digest/feed.xml`, siteUrl: SITE, language: 'en', author: 'A' };

describe('the digest feed', () => {
  it('parses as RSS, one item per week, its guid the week page, its date the end of the week', async () => {
    const feed = await new Parser().parseString(digestRss(info, weeks, 'Bytes'));
    assert.deepEqual(
      feed.items.map((item) => [item.title, item.guid, item.pubDate]),
      [
        ['The week in links: 23–29 November 2026', `${SITE}/digest/2026-w48`, 'Sun, 29 Nov 2026 23:59:59 GMT'],
        ['The week in links: 16–22 November 2026', `${SITE}/digest/2026-w47`, 'Sun, 22 Nov 2026 23:59:59 GMT'],
      ],
    );
    // Each item holds exactly its week's entries.
    const linked = (html: string) => [...html.matchAll(/<h2><a href="([^"]+)"/g)].map(([, href]) => href);
    assert.deepEqual(linked(feed.items[0].content!), ['https://example.org/w48?a=1&amp;b=2', 'https://example.org/hostile?a=1&amp;b=2']);
    assert.deepEqual(linked(feed.items[1].content!), ['https://example.org/w47?a=1&amp;b=2']);
  });

  it('stays well-formed and inert whatever an entry holds', async () => {
    const xml = digestRss(info, weeks, 'Bytes');
    assert.doesNotMatch(xml, /\u0007/);
    const item = (await new Parser().parseString(xml)).items[0].content!;
    assert.doesNotMatch(item, /<script|<img src=x|javascript:|<b>/i);
    assert.match(item, /Tom &amp; Jerry &lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;quoted&quot; — Zürich/);
    assert.match(item, /Evil &lt;b&gt;Site&lt;\/b&gt; · Article · 26 Nov 2026/);
  });
});

describe('the digest as email', () => {
  const html = digestHtml(weeks[0], SITE, 'Bytes');

  it('uses absolute URLs only, and no script, class or style', () => {
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(url, /^https:\/\//, url);
    assert.match(html, /href="https:\/\/bytes\.example\/posts\/older"/);
    assert.match(html, /src="https:\/\/bytes\.example\/images\/a\.png"/);
    assert.doesNotMatch(html, /<script|<style|class=|style=/);
    assert.match(html, /<h1>The week in links: 23–29 November 2026<\/h1>\n<p>2 links shared on <a href="https:\/\/bytes\.example\/">Bytes<\/a> this week\.<\/p>/);
    assert.match(html, /<a href="https:\/\/bytes\.example\/tags\/consensus">#consensus<\/a> · <a href="https:\/\/bytes\.example\/posts\/w48">Permalink<\/a>/);
  });

  it('reads as Markdown with its markup escaped and its links absolute', () => {
    const markdown = digestMarkdown(weeks[0], SITE, 'Bytes');
    assert.match(markdown, /^# The week in links: 23–29 November 2026\n\n2 links shared on \[Bytes\]\(https:\/\/bytes\.example\/\) this week\./);
    assert.match(markdown, /## \[Tom & Jerry \\<script\\>alert\(1\)\\<\/script\\> "quoted" — Zürich\]\(<https:\/\/example\.org\/hostile\?a=1&b=2>\)/);
    assert.match(markdown, /See \[the other post\]\(https:\/\/bytes\.example\/posts\/older\) and \*this\*/);
    assert.match(markdown, /\[a relative one\]\(https:\/\/bytes\.example\/posts\/newer\)/);
    assert.doesNotMatch(markdown, /javascript:/);
    assert.match(markdown, /, bad, /);
  });

  it('keeps each entry’s footnotes its own, and a quotation whole with who said it, where', () => {
    const markdown = digestMarkdown(weeks[0], SITE, 'Bytes');
    const labels = [...markdown.matchAll(/^(?:> )?\[\^([^\]]+)\]:/gm)].map(([, label]) => label);
    assert.equal(labels.length, 3);
    assert.equal(new Set(labels).size, 3, labels.join(', '));
    assert.doesNotMatch(markdown, /\\\[\^/);
    assert.match(markdown, /> Words worth quoting[^]*the end\[\^[^\]]+\]\.\n[^]*\n\n— Ada, The Journal, in a talk at Conf/);
    assert.ok(markdown.split('Words worth quoting').length - 1 === 20, 'the whole quotation');
  });

  it('is email-safe: no class, no form control, no link that needs the page it came from', () => {
    assert.doesNotMatch(html, /\bclass=|\bid=|<input|data-footnote|aria-/);
    for (const [, url] of html.matchAll(/href="([^"]*)"/g)) assert.match(url, /^(https:\/\/|mailto:)/, url);
    assert.match(html, /href="https:\/\/bytes\.example\/posts\/hostile#top"/);
    assert.match(html, /href="https:\/\/other\.example\/x"/);
    assert.match(html, /☑ done/);
    assert.match(html, /<sup>1<\/sup>/);
    assert.match(html, /The first entry’s note\./);
  });
});
