import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Parser from 'rss-parser';
import { selectPublished } from '../entries';
import { atom, FEED_LENGTH, type FeedEntry, type FeedInfo, jsonFeed, rss } from './formats';
import { markdownToHtml } from '../markdown';

const SITE = 'https://bytes.example';

const info: FeedInfo = {
  title: 'Distributed Bytes',
  description: 'Links about distributed systems.',
  homeUrl: `${SITE}/`,
  selfUrl: `${SITE}/feed.xml`,
  siteUrl: SITE,
  language: 'en',
  author: 'Federico Ponzi',
};

const HOSTILE_TITLE = `Tom & Jerry <script>alert(1)</script> "quoted" 'single' — Zürich, 東京 ✓`;

function entry(slug: string, day: string, extra: Partial<FeedEntry & { draft: boolean }> = {}): FeedEntry & { slug: string } {
  return {
    slug,
    title: `Entry ${slug}`,
    url: `https://example.org/${slug}?a=1&b=2`,
    permalink: `${SITE}/posts/${slug}`,
    date: `${day}T00:00:00.000Z`,
    description: `About ${slug}.`,
    commentaryHtml: '',
    hostname: 'example.org',
    tags: ['consensus', 'testing'],
    authors: [],
    ...extra,
  };
}

// What lib/posts hands the feeds: published entries only, newest first.
const entries = selectPublished(
  [
    entry('older', '2026-01-02'),
    entry('hostile', '2026-03-01', {
      title: HOSTILE_TITLE,
      description: `Fish & chips < 3 > 2 "ok" 'fine' — naïve café`,
      commentaryHtml: markdownToHtml('See [the other post](/posts/older) and *this*.'),
      authors: ['Ada Lovelace', 'Édouard Lucas'],
    }),
    entry('newest', '2026-03-10'),
    entry('secret-draft', '2026-03-05', { draft: true }),
    entry('from-the-future', '2999-01-01'),
  ],
  { includeUnpublished: false, today: '2026-11-24' },
);

const parser = new Parser({
  customFields: { item: [['link', 'links', { keepArray: true }]] },
});

describe('RSS 2.0 feed', () => {
  it('lists the published entries, newest first, linking out and identified by permalink', async () => {
    const xml = rss(info, entries);
    const feed = await parser.parseString(xml);
    assert.deepEqual(
      feed.items.map((item) => item.link),
      ['https://example.org/newest?a=1&b=2', 'https://example.org/hostile?a=1&b=2', 'https://example.org/older?a=1&b=2'],
    );
    assert.deepEqual(
      feed.items.map((item) => item.guid),
      [`${SITE}/posts/newest`, `${SITE}/posts/hostile`, `${SITE}/posts/older`],
    );
    assert.equal(xml.match(/<guid isPermaLink="true">/g)?.length, 3);
    assert.equal(feed.title, 'Distributed Bytes');
    assert.equal(feed.link, `${SITE}/`);
    assert.equal(feed.feedUrl, `${SITE}/feed.xml`);
    assert.equal(feed.language, 'en');
    assert.equal(feed.lastBuildDate, 'Tue, 10 Mar 2026 12:00:00 GMT');
  });

  it('keeps markup characters and non-ASCII text in titles, authors and content intact', async () => {
    const feed = await parser.parseString(rss(info, entries));
    const item = feed.items[1];
    assert.equal(item.title, HOSTILE_TITLE);
    assert.equal(item.pubDate, 'Sun, 01 Mar 2026 12:00:00 GMT');
    assert.deepEqual(item.categories, ['consensus', 'testing']);
    assert.equal(item.creator, 'Ada Lovelace');
    assert.match(item.content ?? '', /<p>Fish &amp; chips &lt; 3 &gt; 2 &quot;ok&quot; &#39;fine&#39; — naïve café<\/p>/);
  });

  it('carries the description, the commentary with absolute links, and a permalink line', async () => {
    const content = (await parser.parseString(rss(info, entries))).items[1].content ?? '';
    assert.match(content, /<a href="https:\/\/bytes\.example\/posts\/older">the other post<\/a>/);
    assert.match(content, /<em>this<\/em>/);
    assert.match(content, /<a href="https:\/\/bytes\.example\/posts\/hostile">Permalink<\/a>/);
    assert.match(content, /<a href="https:\/\/example\.org\/hostile\?a=1&amp;b=2">Read it on example\.org<\/a>/);
  });

  it('leaves drafts and future-dated entries out', () => {
    const xml = rss(info, entries);
    assert.doesNotMatch(xml, /secret-draft|from-the-future/);
  });

  it(`holds the newest ${FEED_LENGTH} entries of a longer list`, async () => {
    const many = Array.from({ length: FEED_LENGTH + 7 }, (_, index) =>
      entry(`e${index}`, new Date(Date.UTC(2026, 0, 1) - index * 86_400_000).toISOString().slice(0, 10)),
    );
    const feed = await parser.parseString(rss(info, many));
    assert.equal(feed.items.length, FEED_LENGTH);
    assert.equal(feed.items[0].guid, `${SITE}/posts/e0`);
    assert.equal(feed.items.at(-1)?.guid, `${SITE}/posts/e${FEED_LENGTH - 1}`);
  });
});

describe('Atom 1.0 feed', () => {
  it('links each entry out (alternate) and to its permalink (related), with the permalink as id', async () => {
    const feed = await parser.parseString(atom({ ...info, selfUrl: `${SITE}/atom.xml` }, entries));
    assert.deepEqual(
      feed.items.map((item) => (item as unknown as { id: string }).id),
      [`${SITE}/posts/newest`, `${SITE}/posts/hostile`, `${SITE}/posts/older`],
    );
    const links = (feed.items[1] as unknown as { links: { $: { rel: string; href: string } }[] }).links;
    assert.deepEqual(
      links.map(({ $ }) => [$.rel, $.href]),
      [
        ['alternate', 'https://example.org/hostile?a=1&b=2'],
        ['related', `${SITE}/posts/hostile`],
      ],
    );
    assert.equal(feed.items[1].title, HOSTILE_TITLE);
    assert.equal(feed.items[1].isoDate, '2026-03-01T12:00:00.000Z');
    assert.equal(feed.feedUrl, `${SITE}/atom.xml`);
    assert.equal(feed.title, 'Distributed Bytes');
  });

  it('names the authors and categories of an entry, and leaves drafts out', () => {
    const xml = atom(info, entries);
    assert.match(xml, /<author><name>Édouard Lucas<\/name><\/author>/);
    assert.match(xml, /<category term="consensus"\/>/);
    assert.match(xml, /<updated>2026-03-10T12:00:00.000Z<\/updated>/);
    assert.doesNotMatch(xml, /secret-draft|from-the-future/);
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(jsonFeed({ ...info, selfUrl: `${SITE}/feed.json` }, entries));

  it('has the fields its spec requires, at the top and on every item', () => {
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(typeof feed.title, 'string');
    assert.ok(Array.isArray(feed.items));
    assert.equal(feed.home_page_url, `${SITE}/`);
    assert.equal(feed.feed_url, `${SITE}/feed.json`);
    assert.equal(feed.language, 'en');
    for (const item of feed.items) {
      assert.equal(typeof item.id, 'string');
      assert.ok(typeof item.content_html === 'string' || typeof item.content_text === 'string');
      assert.doesNotThrow(() => new Date(item.date_published).toISOString());
    }
  });

  it('identifies each item by its permalink and links out with external_url', () => {
    assert.deepEqual(
      feed.items.map((item: { id: string; url: string; external_url: string }) => [item.id, item.url, item.external_url]),
      [
        [`${SITE}/posts/newest`, `${SITE}/posts/newest`, 'https://example.org/newest?a=1&b=2'],
        [`${SITE}/posts/hostile`, `${SITE}/posts/hostile`, 'https://example.org/hostile?a=1&b=2'],
        [`${SITE}/posts/older`, `${SITE}/posts/older`, 'https://example.org/older?a=1&b=2'],
      ],
    );
    assert.equal(feed.items[1].title, HOSTILE_TITLE);
    assert.deepEqual(feed.items[1].authors, [{ name: 'Ada Lovelace' }, { name: 'Édouard Lucas' }]);
    assert.deepEqual(feed.items[1].tags, ['consensus', 'testing']);
  });
});

describe('every feed, whatever an entry holds', () => {
  const hostile = entry('hostile-text', '2026-03-02', {
    title: 'Bell\u0007 and NUL\u0000 and a lone \uD800 surrogate, \uFFFE too',
    description: 'Form feed\u000C here.',
    authors: ['Escape\u001B Person'],
    tags: ['consensus'],
    commentaryHtml: markdownToHtml('[click](javascript:alert(1)) ![x](data:image/svg+xml;base64,PHN2Zz4=) <script>alert(2)</script>'),
  });
  const outputs = { rss: rss(info, [hostile]), atom: atom(info, [hostile]), json: jsonFeed(info, [hostile]) };

  it('holds only characters XML can carry, and keeps the rest of the text', async () => {
    for (const xml of [outputs.rss, outputs.atom]) {
      assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u);
      assert.match(xml, /Bell and NUL and a lone {2}surrogate, {2}too/);
    }
    const feed = await parser.parseString(outputs.rss);
    assert.equal(feed.items[0].creator, 'Escape Person');
  });

  it('carries no javascript: or data: URL and no script', () => {
    for (const text of Object.values(outputs)) {
      assert.doesNotMatch(text, /javascript:|data:image|&lt;script|<script/i);
    }
    assert.equal(JSON.parse(outputs.json).items[0].title, hostile.title);
  });
});

describe('the day of an entry, wherever its reader lives', () => {
  const day = (instant: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  const zones = ['Pacific/Pago_Pago', 'America/New_York', 'Asia/Tokyo', 'Pacific/Noumea'];

  it('is the day it was shared in RSS, Atom and JSON Feed, from UTC−11 to UTC+11', async () => {
    const one = [entry('dec', '2026-12-01')];
    const rssItem = (await parser.parseString(rss({ ...info, selfUrl: `${SITE}/feed.xml` }, one))).items[0];
    const atomItem = (await parser.parseString(atom({ ...info, selfUrl: `${SITE}/atom.xml` }, one))).items[0];
    const jsonItem = JSON.parse(jsonFeed({ ...info, selfUrl: `${SITE}/feed.json` }, one)).items[0];
    for (const instant of [rssItem.pubDate!, atomItem.isoDate!, jsonItem.date_published]) {
      for (const zone of zones) assert.equal(day(instant, zone), '2026-12-01', `${instant} in ${zone}`);
    }
  });
});

describe('a quotation in every feed', () => {
  const quotation = entry('lamport', '2026-03-02', {
    title: 'Quoting Leslie Lamport',
    description: 'Thinking without writing.',
    quoteHtml: markdownToHtml('If you are *thinking* without writing <script>alert(1)</script> [x](javascript:alert(1)) {braces}'),
    by: 'Leslie <b>Lamport</b>\u0007',
    site: 'Microsoft <i>Research</i>',
    context: 'in a "talk" & more',
  });

  it('is titled "Quoting <who>" and carries the words, the person and where, escaped', async () => {
    const rssItem = (await parser.parseString(rss({ ...info, selfUrl: `${SITE}/feed.xml` }, [quotation]))).items[0];
    const atomItem = (await parser.parseString(atom({ ...info, selfUrl: `${SITE}/atom.xml` }, [quotation]))).items[0];
    const jsonItem = JSON.parse(jsonFeed({ ...info, selfUrl: `${SITE}/feed.json` }, [quotation])).items[0];
    for (const [name, title, content] of [['rss', rssItem.title, rssItem.content], ['atom', atomItem.title, atomItem.content], ['json', jsonItem.title, jsonItem.content_html]]) {
      assert.equal(title, 'Quoting Leslie Lamport', name);
      assert.match(content!, /<blockquote cite="https:\/\/example\.org\/lamport\?a=1&(amp;)?b=2"><p>If you are <em>thinking<\/em> without writing/, name);
      assert.match(content!, /— <a href="[^"]+">Leslie &lt;b&gt;Lamport&lt;\/b&gt;<\/a>, Microsoft &lt;i&gt;Research&lt;\/i&gt;, in a &quot;talk&quot; &amp; more<\/p>/, name);
      assert.doesNotMatch(content!, /<script|javascript:|\u0007/, name);
    }
    assert.deepEqual(jsonItem._quotation, { text: 'Thinking without writing.', by: 'Leslie <b>Lamport</b>\u0007' });
  });
});
