import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { checkContentFile } from '../../lib/content/check';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { inferKind } from '../../lib/kinds';
import { checkReadingList, type EntryState } from '../../lib/content/lists';
import { newEntry, NewEntryError } from './new-entry';

const html = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Text</p></body></html>`;

const windows1252 = (text: string) => Buffer.from(text, 'latin1');

const pages: Record<string, { status?: number; type?: string; body?: string | Buffer; location?: string; trickle?: boolean }> = {
  '/og': {
    body: html(`<title>Ignored | Example Blog</title>
      <meta property="og:title" content="Paxos, Explained">
      <meta property="og:description" content="Why Paxos works &amp; when it does not.">
      <meta property="og:site_name" content="Example Blog">
      <meta property="article:published_time" content="2025-11-02T10:00:00Z">
      <meta name="author" content="Ada Lovelace">
      <meta name="twitter:title" content="Twitter title, less specific">`),
  },
  '/jsonld': {
    body: html(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
      {"@type":"BlogPosting","headline":"Raft in Practice","description":"Running Raft for five years.",
       "author":[{"@type":"Person","name":"Diego O."},{"@type":"Person","name":"John O."}],
       "publisher":{"@type":"Organization","name":"Consensus Weekly"},"datePublished":"2024-02-29"}]}</script>`),
  },
  '/bare': { body: html('<title>Bare Page | Tiny Site</title>') },
  '/a%20paper.html': { body: html('<title>A Paper</title>') },
  '/entities': {
    body: html(`<title>&quot;Linearizability&quot; &amp; you &#8212; a primer</title><meta name="description" content="Caf&eacute; &lt;b&gt; notes">`),
  },
  '/hop1': { status: 301, location: '/hop2' },
  '/hop2': { status: 302, location: '/og' },
  '/loop': { status: 302, location: '/loop' },
  '/charset-header': {
    type: 'text/html; charset=windows-1252',
    body: windows1252(html('<title>Café au lait</title><meta name="description" content="Crème brûlée, naïvely.">')),
  },
  '/charset-meta': { type: 'text/html', body: windows1252(html('<meta charset="windows-1252"><title>Café Society</title>')) },
  '/to-data': { status: 302, location: 'data:text/html,<title>Injected</title>' },
  '/to-file': { status: 301, location: 'file:///etc/passwd' },
  '/to-ftp': { status: 302, location: 'ftp://127.0.0.1/x' },
  '/missing': { status: 404, body: 'Not here' },
  '/paper.pdf': { type: 'application/pdf', body: '%PDF-1.7 binary' },
  '/long-title': { body: html(`<title>${'Consensus '.repeat(40)}</title><meta name="description" content="Long.">`) },
  '/control': { body: html('<title>Bell\u0007 and\u0085next line</title><meta name="description" content="One\u0007two\u0085three.">') },
  // Metadata first, then a body arriving far slower than the time limit allows.
  '/slow': { body: html('<title>Slow Page</title><meta name="description" content="Arrives slowly.">'), trickle: true },
  '/to-shared-gone': { status: 301, location: '/shared/' },
  '/huge': { body: html('<title>Huge Page</title><meta name="description" content="Big.">') + 'x'.repeat(3 * 1024 * 1024) },
};

let server: Server;
let base: string;
let contentDir: string;

before(async () => {
  server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    if (!page) return response.writeHead(404).end();
    response.writeHead(page.status ?? 200, {
      'Content-Type': page.type ?? 'text/html; charset=utf-8',
      ...(page.location ? { Location: page.location } : {}),
    });
    if (!page.trickle) return response.end(page.body);
    response.write(String(page.body).replace('</body></html>', ''));
    const drip = setInterval(() => response.write(`<p>${'x'.repeat(1024)}</p>`), 20);
    const stop = () => {
      clearInterval(drip);
      response.destroy();
    };
    setTimeout(stop, 3000);
    request.on('close', stop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

// Each test starts from one entry already on the site.
beforeEach(() => {
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  contentDir = mkdtempSync(join(tmpdir(), 'new-entry-'));
  mkdirSync(join(contentDir, 'posts'));
  cpSync('content/tags.yml', join(contentDir, 'tags.yml'));
  writeFileSync(
    join(contentDir, 'posts/already-here.mdx'),
    `---\ntitle: Already\nurl: ${base}/shared/\ndate: 2026-01-01\ndescription: D.\n---\n`,
  );
});

after(() => {
  server.close();
  rmSync(contentDir, { recursive: true, force: true });
});

// No test asks the real Hacker News or Lobsters: find-discussions.test.ts serves their answers.
const run = (path: string, options: Parameters<typeof newEntry>[1] = {}) =>
  newEntry(`${base}${path}`, { contentDir, today: '2026-11-24', discussions: false, ...options });

function written(file: string) {
  const parsed = parseFrontMatter(readFileSync(file, 'utf8'));
  assert.ok(!('error' in parsed));
  return parsed.data;
}

describe('npm run new', () => {
  it('ends a reading list with the new entry, its note written as text, and the list still passes the check', async () => {
    mkdirSync(join(contentDir, 'lists'));
    const list = join(contentDir, 'lists/start-here.yml');
    writeFileSync(list, '# Kept.\ntitle: Start here\ndescription: A path.\nsteps:\n  - entry: already-here\n    note: First.\n');
    const { file, notes } = await run('/og', { tags: ['consensus'], list: 'start-here', note: 'Then *this*, <b>here</b>.' });
    assert.match(notes.join('\n'), /Added as the last step of .*lists\/start-here\.yml/);
    const source = readFileSync(list, 'utf8');
    assert.match(source, /^# Kept\./);
    assert.ok(source.endsWith('  - entry: paxos-explained\n    note: Then \\*this\\*, \\<b\\>here\\</b\\>.\n'), source);
    const states = new Map<string, EntryState>([['already-here', 'published'], [basename(file, '.mdx'), 'published']]);
    assert.deepEqual(checkReadingList('content/lists/start-here.yml', source, states), []);
    await assert.rejects(run('/bare', { list: 'no-such-list', note: 'x' }), /lists\/no-such-list\.yml does not exist/);
    await assert.rejects(run('/bare', { list: 'start-here' }), /--list needs --note/);
  });

  it('fills an entry from Open Graph, preferring it to <title> and Twitter', async () => {
    const { file } = await run('/og', { tags: ['consensus'] });
    assert.equal(file, join(contentDir, 'posts/paxos-explained.mdx'));
    assert.deepEqual(written(file), {
      title: 'Paxos, Explained',
      url: `${base}/og`,
      date: '2026-11-24',
      description: 'Why Paxos works & when it does not.',
      kind: 'article',
      tags: ['consensus'],
      author: 'Ada Lovelace',
      site: 'Example Blog',
      published: '2025-11-02',
    });
  });

  it('reads JSON-LD alone: headline, authors, publisher, date', async () => {
    const data = written((await run('/jsonld')).file);
    assert.equal(data.title, 'Raft in Practice');
    assert.deepEqual(data.author, ['Diego O.', 'John O.']);
    assert.equal(data.site, 'Consensus Weekly');
    assert.equal(data.published, '2024-02-29');
  });

  it('moves a site-name suffix out of a bare <title>, and asks for what the page lacks', async () => {
    await assert.rejects(run('/bare'), (error: Error) => error instanceof NewEntryError && /no description: pass --description/.test(error.message));
    const data = written((await run('/bare', { description: 'A small page.' })).file);
    assert.equal(data.title, 'Bare Page');
    assert.equal(data.site, 'Tiny Site');
  });

  it('decodes HTML entities', async () => {
    const data = written((await run('/entities')).file);
    assert.equal(data.title, '"Linearizability" & you — a primer');
    assert.equal(data.description, 'Café <b> notes');
  });

  it('follows redirects, up to five', async () => {
    assert.equal(written((await run('/hop1', { title: 'Via hops' })).file).description, 'Why Paxos works & when it does not.');
    const { notes } = await run('/loop', { title: 'Loop', description: 'Loops.' });
    assert.match(notes.join(' '), /more than 5 redirects/);
  });

  it('decodes a page in the charset its header or its <meta charset> names', async () => {
    const fromHeader = written((await run('/charset-header')).file);
    assert.equal(fromHeader.title, 'Café au lait');
    assert.equal(fromHeader.description, 'Crème brûlée, naïvely.');
    assert.equal(written((await run('/charset-meta', { description: 'A club.' })).file).title, 'Café Society');
  });

  it('never follows a redirect away from http(s), and says so', async () => {
    for (const [path, scheme] of [['/to-data', 'data:'], ['/to-file', 'file:'], ['/to-ftp', 'ftp:']]) {
      const { file, notes } = await run(path, { title: `Redirected ${scheme.slice(0, -1)}`, description: 'Somewhere else.' });
      assert.match(notes[0], new RegExp(`the page redirects to a ${scheme} address .*only http\\(s\\) pages are read`), path);
      assert.equal(written(file).title, `Redirected ${scheme.slice(0, -1)}`);
    }
  });

  it('says why a fetch failed and still writes the entry from --title and --description', async () => {
    await assert.rejects(run('/missing'), /Could not read .*404.*pass --title "…" and --description "…"/);
    const { file, notes } = await run('/missing', { title: 'Gone Page', description: 'It was here.' });
    assert.match(notes[0], /the server answered 404/);
    assert.equal(written(file).title, 'Gone Page');
    const offline = await newEntry('http://127.0.0.1:9/nothing', { contentDir, title: 'Offline', description: 'No network.' });
    assert.match(offline.notes[0], /could not connect/);
  });

  it('does not read a PDF for metadata, and files it as a paper', async () => {
    const { file, notes } = await run('/paper.pdf', { title: 'A Paper', description: 'On things.' });
    assert.match(notes[0], /application\/pdf, not HTML/);
    assert.equal(written(file).kind, 'paper');
  });

  it('reads at most 2 MB of an oversized page', async () => {
    const { file, notes } = await run('/huge');
    assert.equal(written(file).title, 'Huge Page');
    assert.match(notes[0], /larger than 2 MB/);
  });

  it('keeps what a slow page sent before the time ran out', async () => {
    const { file, notes } = await run('/slow', { limits: { timeoutMs: 600, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } });
    assert.deepEqual([written(file).title, written(file).description], ['Slow Page', 'Arrives slowly.']);
    assert.match(notes.join(' '), /still arriving after 0\.6 s; read what had arrived/);
  });

  it('cuts a title over 300 characters at a word, and says so', async () => {
    const { file, notes } = await run('/long-title');
    const title = String(written(file).title);
    assert.ok(title.length <= 300 && title.endsWith('Consensus…'), title);
    assert.match(notes.join(' '), /title was longer than 300 characters/);
  });

  it('drops control characters a page puts in its title and description', async () => {
    const data = written((await run('/control')).file);
    assert.equal(data.title, 'Bell and next line');
    assert.equal(data.description, 'One two three.');
  });

  it('writes nothing the check would refuse, and says what to change', async () => {
    await assert.rejects(run('/og', { title: 'Tab\u0007bell' }), (error: Error) =>
      error instanceof NewEntryError && /would not pass the check\.\n.*tab-bell\.mdx:\d+ title: holds the control character U\+0007.*\nChange the options/s.test(error.message),
    );
  });

  it('without --tags, takes the tags the site’s entries suggest, and says so', async () => {
    for (const [slug, words, tag] of [['multi-paxos', 'Multi-Paxos and the consensus of replicas', 'consensus'], ['tla-specs', 'Writing TLA+ specifications', 'formal-methods']]) {
      writeFileSync(join(contentDir, `posts/${slug}.mdx`), `---\ntitle: ${words}\nurl: https://example.com/${slug}\ndate: 2026-01-02\ndescription: ${words}.\ntags: [${tag}]\n---\n`);
    }
    const { file, notes } = await run('/og');
    assert.deepEqual(written(file).tags, ['consensus']);
    assert.match(notes.join('\n'), /Tags suggested from the site's entries: consensus \(pass --tags to choose others\)\./);
    assert.deepEqual(written((await run('/jsonld', { tags: [] })).file).tags, []);
  });

  it('refuses a link already on the site, naming the entry', async () => {
    await assert.rejects(run('/shared?utm_source=x', { title: 'T', description: 'D' }), /already-here\.mdx links to the same page/);
  });

  it('refuses a tag outside the vocabulary, with a suggestion', async () => {
    await assert.rejects(run('/og', { tags: ['consensos'] }), /Unknown tag "consensos" \(did you mean "consensus"\?\)/);
  });

  it('refuses a link that redirects to an entry already on the site, even when that page now fails', async () => {
    await assert.rejects(run('/to-shared-gone', { title: 'T', description: 'D' }), /redirects to .*\/shared\/, which .*already-here\.mdx links to/);
  });

  it('takes a title already on the site for another link (two sites may name a work alike); a slug in use gets a number', async () => {
    const again = await run('/a paper.html', { description: 'One.', title: 'already' });
    assert.equal(again.file, join(contentDir, 'posts/already.mdx'));
    // A space in the address is written as a browser sends it.
    assert.equal(written(again.file).url, `${base}/a%20paper.html`);
    const first = await run('/bare', { description: 'One.', title: 'Same Title' });
    const second = await run('/entities', { title: 'Same title!' });
    assert.equal(first.file, join(contentDir, 'posts/same-title.mdx'));
    assert.equal(second.file, join(contentDir, 'posts/same-title-2.mdx'));
  });
});

describe('inferKind', () => {
  it('knows videos, papers and repositories by their address', () => {
    assert.equal(inferKind('https://www.youtube.com/watch?v=x'), 'video');
    assert.equal(inferKind('https://youtu.be/x'), 'video');
    assert.equal(inferKind('https://vimeo.com/123'), 'video');
    assert.equal(inferKind('https://arxiv.org/abs/2401.00001'), 'paper');
    assert.equal(inferKind('https://dl.acm.org/doi/10.1145/1'), 'paper');
    assert.equal(inferKind('https://www.usenix.org/conference/osdi24/presentation/x'), 'paper');
    assert.equal(inferKind('https://example.com/files/paper.PDF'), 'paper');
    assert.equal(inferKind('https://github.com/tlaplus/tlaplus'), 'repo');
    assert.equal(inferKind('https://github.com/tlaplus'), 'article');
    assert.equal(inferKind('https://github.blog/2024/x'), 'article');
  });
});

describe('npm run new --quote', () => {
  it('writes a quotation of the page, its author the person quoted, that passes the check', async () => {
    const { file } = await run('/og', { quote: 'Paxos is {simple}, <b>really</b>: [see](javascript:alert(1))\n\n# not a heading', tags: ['consensus'], context: 'in the introduction' });
    assert.match(file, /posts\/quoting-ada-lovelace-paxos-is-simple-really\.mdx$/);
    const data = written(file);
    assert.deepEqual(
      { ...data, quote: undefined },
      { quote: undefined, by: 'Ada Lovelace', url: `${base}/og`, site: 'Example Blog', published: '2025-11-02', context: 'in the introduction', date: '2026-11-24', tags: ['consensus'] },
    );
    assert.equal(data.quote, 'Paxos is \\{simple\\}, \\<b\\>really\\</b\\>: \\[see\\](javascript:alert(1))\n\n\\# not a heading\n');
    assert.deepEqual(checkContentFile(file, readFileSync(file, 'utf8'), 'post'), []);
  });

  it('quotes a page already shared, and asks who said it when the page does not say', async () => {
    const { file } = await run('/shared/', { quote: 'Words worth keeping.', by: 'Someone' });
    assert.equal(written(file).by, 'Someone');
    await assert.rejects(run('/bare', { quote: 'Nobody said this.' }), /names no author: pass --by/);
  });
});
