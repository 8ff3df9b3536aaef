import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFinding } from './findings';
import { signalsFromDocument } from './link-metadata';
import { entrySource, literalMarkdown, type NewEntry, quotationSource } from './new-entry';
import { parseFrontMatter } from './frontmatter';
import { alreadyShared, bookmarkletSource, checkNewEntry, quotationPreviewHtml, shardOf, shareFieldOf, sharedPageFrom, shareShards, urlShardOf } from './share';
import { entrySlug, slugBase } from './new-entry';

const paxos = { slug: 'paxos-made-simple', url: 'https://example.com/paxos/', permalink: '/posts/paxos-made-simple', title: 'Paxos Made Simple' };
const shard = shareShards([paxos]).get(urlShardOf(paxos.url)!)!;

const entry: NewEntry = {
  title: 'Raft',
  url: 'https://raft.github.io/',
  date: '2026-06-01',
  description: 'Understandable consensus.',
  kind: 'article',
  tags: ['consensus'],
  authors: [],
};

const findings = (changes: Partial<NewEntry>, today = '2026-06-01') =>
  checkNewEntry('content/posts/raft.mdx', entrySource({ ...entry, ...changes }), { shard, vocabulary: { names: ['consensus', 'formal-methods'], otherNames: new Map([['paxos-family', 'consensus']]) }, today }).map(formatFinding);

describe('alreadyShared', () => {
  it('finds an entry however its URL is written: scheme, www., trailing slash, tracking parameters, fragment', () => {
    for (const url of ['https://example.com/paxos', 'http://www.example.com/paxos/', 'https://example.com/paxos/?utm_source=feed&utm_medium=rss#top', 'https://EXAMPLE.com/paxos?ref=hn']) {
      assert.equal(urlShardOf(url), urlShardOf(paxos.url), url);
      assert.equal(alreadyShared(url, shard)?.permalink, '/posts/paxos-made-simple', url);
    }
    assert.equal(alreadyShared('https://example.com/paxos/2', shard), undefined);
    assert.equal(alreadyShared('not a url', shard), undefined);
    assert.equal(urlShardOf('not a url'), undefined);
  });
});

describe('the share page\'s shards', () => {
  const letters = (index: number) => index.toString(36).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]);
  const slugs = [...Array.from({ length: 2_000 }, (_, index) => `entry-${letters(index)}`), 'raft', 'raft-2', 'raft-3', 'entry-3'];
  const published = slugs.map((slug, index) => ({ slug, url: `https://example.com/${index}`, permalink: `/posts/${slug}`, title: slug }));
  const shards = [...shareShards(published).values()];

  it('hold each link once, so a few kB answer for a large site', () => {
    assert.equal(shards.length, 64);
    assert.equal(shards.reduce((sum, { links }) => sum + links.length, 0), published.length);
    assert.ok(Math.max(...shards.map((one) => JSON.stringify(one).length)) < 8_000);
  });

  it('give the slug a title would take, its numbered forms included, from the one shard of its name', () => {
    const taken = new Set(shareShards(published).get(shardOf(slugBase('Raft')))!.slugs);
    const all = new Set(published.map(({ slug }) => slug));
    assert.equal(entrySlug('Raft', taken), entrySlug('Raft', all));
    assert.equal(entrySlug('Entry 3', new Set(shareShards(published).get(shardOf(slugBase('Entry 3')))!.slugs)), 'entry-3-2');
  });
});

describe('checkNewEntry', () => {
  it('passes an entry the site can take', () => {
    assert.deepEqual(findings({}), []);
  });

  it('names a link already on the site by its permalink', () => {
    assert.deepEqual(findings({ url: 'https://www.example.com/paxos?utm_campaign=x' }), [
      'content/posts/raft.mdx:3 url: already on the site as /posts/paxos-made-simple ("Paxos Made Simple"): add anything new to its commentary instead',
    ]);
  });

  it('refuses what npm run check refuses: a javascript: URL, an unknown tag, an expression, an empty description', () => {
    assert.deepEqual(findings({ url: 'javascript:alert(1)' }), ['content/posts/raft.mdx:3 url: must be an absolute http:// or https:// URL, got "javascript:alert(1)"']);
    assert.match(findings({ tags: ['formal-method'] })[0], /tags: "formal-method" is not in content\/tags\.yml: did you mean "formal-methods"\?/);
    assert.match(findings({ commentary: 'Costs {process.env.HOME}' })[0], /:10 commentary: `\{` starts an expression/);
    assert.match(findings({ description: '' })[0], /description: must be non-empty text/);
  });

  it('accepts a tag’s other name with a notice, and judges no tag before the vocabulary has arrived', () => {
    assert.deepEqual(findings({ tags: ['paxos-family'] }), [
      'content/posts/raft.mdx:7 notice: tags: "paxos-family" is another name of "consensus" in content/tags.yml, which pages show: write "consensus"',
    ]);
    const early = checkNewEntry('content/posts/raft.mdx', entrySource({ ...entry, tags: ['anything'] }), { shard, today: '2026-06-01' });
    assert.deepEqual(early, []);
  });

  it('notes, without refusing, a date still to come', () => {
    assert.deepEqual(findings({ date: '2026-06-02' }), [
      'content/posts/raft.mdx:4 notice: date: 2026-06-02 is after today (2026-06-01): the entry stays off the site, like a draft, until that day',
    ]);
  });
});

describe('a quotation from the share page', () => {
  const selected = 'A lease is a promise {with braces} & <b>emphasis</b> that expires.\n\n[x](javascript:alert(1)) \u0007 # not a heading';
  const source = quotationSource({ quote: literalMarkdown(selected), by: 'Grace "Amazing" Hopper: RADM', url: 'https://example.com/paxos/', date: '2026-06-01', tags: ['consensus'], context: 'in a talk' });

  it('round-trips through the check, quoting a page already on the site, hostile words and all', () => {
    assert.deepEqual(checkNewEntry('content/posts/quoting-grace.mdx', source, { shard, vocabulary: { names: ['consensus'], otherNames: new Map() }, today: '2026-06-01' }).map(formatFinding), []);
    const parsed = parseFrontMatter(source);
    assert.ok('data' in parsed);
    assert.equal(parsed.data.by, 'Grace "Amazing" Hopper: RADM');
    assert.equal(parsed.data.quote, 'A lease is a promise \\{with braces\\} \\& \\<b\\>emphasis\\</b\\> that expires.\n\n\\[x\\](javascript:alert(1))   \\# not a heading\n');
  });

  it('previews the words as text, markup and all', () => {
    assert.equal(quotationPreviewHtml(literalMarkdown(selected)), '<p>A lease is a promise {with braces} &amp; &lt;b&gt;emphasis&lt;/b&gt; that expires.</p><p>[x](javascript:alert(1))   # not a heading</p>');
  });
});

describe('shareFieldOf', () => {
  it('names the form field a finding is about', () => {
    const finding = (field?: string) => ({ file: 'content/posts/x.mdx', message: 'm', ...(field ? { field } : {}) });
    assert.equal(shareFieldOf(finding('author')), 'authors');
    assert.equal(shareFieldOf(finding('commentary')), 'commentary');
    // The file name comes from the title; a field the form lacks is shown with the title too.
    assert.equal(shareFieldOf(finding()), 'title');
    assert.equal(shareFieldOf(finding('archive')), 'title');
  });
});

describe('sharedPageFrom', () => {
  const fragment = (payload: unknown) => `#${encodeURIComponent(JSON.stringify(payload))}`;

  it('reads the bookmarklet payload with the same rules as npm run new, preferring the canonical address', () => {
    const shared = sharedPageFrom(
      fragment({
        url: 'https://blog.example/post?utm_source=x',
        signals: {
          title: 'Ignored | Blog',
          meta: [['og:title', 'Paxos, Explained'], ['og:site_name', 'Blog'], ['og:title', 'second wins nothing'], ['author', 'Ada']],
          jsonLd: ['{"@type":"BlogPosting","headline":"Paxos, Explained","description":"From JSON-LD.","datePublished":"2025-11-02T10:00:00Z"}'],
          canonical: '/post',
        },
        selection: 'quoted',
      }),
      '',
    );
    assert.deepEqual(shared, {
      url: 'https://blog.example/post',
      metadata: { title: 'Paxos, Explained', description: 'From JSON-LD.', site: 'Blog', authors: ['Ada'], published: '2025-11-02', canonical: 'https://blog.example/post' },
      selection: 'quoted',
    });
  });

  it('ignores a fragment that is not a payload, and fields of the wrong type', () => {
    for (const hash of ['#', '#top', '#%E0%A4%A', fragment([1, 2]), fragment({ url: 3, signals: {} }), fragment({ url: 'https://a.example', signals: null })]) {
      assert.equal(sharedPageFrom(hash, ''), undefined, hash);
    }
    const shared = sharedPageFrom(fragment({ url: 'https://a.example/x', signals: { title: ['x'], meta: [['a'], [1, 2], 'x', ['description', 'Kept']], jsonLd: [{}, '{'], canonical: 5 }, selection: 7 }), '');
    assert.deepEqual(shared, { url: 'https://a.example/x', metadata: { title: undefined, description: 'Kept', site: undefined, authors: [], published: undefined } });
  });

  it('leaves a canonical address of another scheme, or the home page of a deeper page, unused', () => {
    const page = (canonical: string) => sharedPageFrom(fragment({ url: 'https://a.example/deep/post', signals: { meta: [], jsonLd: [], canonical } }), '')?.url;
    assert.equal(page('javascript:alert(1)'), 'https://a.example/deep/post');
    assert.equal(page('https://a.example/'), 'https://a.example/deep/post');
    assert.equal(page('https://user:pw@a.example/deep/post'), 'https://a.example/deep/post');
    assert.equal(page('https://a.example/deep/post-canonical'), 'https://a.example/deep/post-canonical');
  });

  it('reads a share sheet\'s query, where the URL may come as the text', () => {
    assert.deepEqual(sharedPageFrom('', '?title=Raft&text=https%3A%2F%2Fraft.github.io%2F'), { url: 'https://raft.github.io/', metadata: { title: 'Raft', authors: [] } });
    assert.deepEqual(sharedPageFrom('', '?url=https%3A%2F%2Fraft.github.io%2F&text=Consensus+explained'), {
      url: 'https://raft.github.io/',
      metadata: { title: undefined, authors: [], description: 'Consensus explained' },
    });
    assert.equal(sharedPageFrom('', '?q=other'), undefined);
  });
});

describe('bookmarkletSource', () => {
  it('is a javascript: URL that carries the reader and the share address, escaped', () => {
    const source = bookmarkletSource('https://example.com/share?a="b"</script>', signalsFromDocument);
    assert.match(source, /^javascript:/);
    const code = decodeURIComponent(source.slice('javascript:'.length));
    assert.ok(code.includes(JSON.stringify('https://example.com/share?a="b"</script>')));
    assert.ok(code.includes('function signalsFromDocument'));
    assert.doesNotMatch(source.slice('javascript:'.length), /["<> ]/);
    // It parses as a script on its own.
    assert.doesNotThrow(() => new Function(code));
  });
});
