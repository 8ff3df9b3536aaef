/** What a bad entry, a draft, a hostile title or a large corpus does to `npm run build`, in a copy of the project. */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCopy as build, copyProject, removeCopy } from '../scripts/bench/project-copy';
import { syntheticEntries } from '../scripts/bench/synthetic-corpus';
import { staticHost } from '../scripts/author/serve';

const entry = (fields: string, body = '') =>
  `---\ntitle: A title\nurl: https://example.com/post\ndate: 2026-01-05\ndescription: A description.\n${fields}---\n${body}`;

const badEntries: [string, string, RegExp][] = [
  ['a javascript: URL', entry('').replace('https://example.com/post', 'javascript:alert(1)'), /content\/posts\/bad-entry\.mdx:3 url:/],
  ['a missing title', entry('').replace('title: A title\n', ''), /content\/posts\/bad-entry\.mdx title: is required/],
  ['an impossible date', entry('').replace('2026-01-05', '2026-02-30'), /content\/posts\/bad-entry\.mdx:4 date:/],
  ['a misspelt field', entry('titel: Oops\n'), /content\/posts\/bad-entry\.mdx:6 titel: .*did you mean "title"/],
  ['raw HTML in the commentary', entry('', '\n<div>never closed\n'), /content\/posts\/bad-entry\.mdx:8 commentary: raw HTML <div> is not allowed/],
];

for (const [problem, source, message] of badEntries) {
  test(`a build with ${problem} fails, naming the file and the field`, async () => {
    const dir = copyProject({ 'content/posts/bad-entry.mdx': source });
    try {
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
    } finally {
      removeCopy(dir);
    }
  });
}

/** A command in the copy, as the build would run it, skipping `npm run check`. */
const run = (dir: string, command: string) => {
  const { status, stdout, stderr } = spawnSync('env', ['-u', 'NODE_ENV', 'sh', '-c', command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status, output: `${stdout}\n${stderr}` };
};

test('an entry that would run code is refused naming its file, and nothing in it runs even past the check', async ({ page }) => {
  test.setTimeout(240_000);
  const marker = join(tmpdir(), `distributed-bytes-ran-${process.pid}-${Date.now()}`);
  const write = `process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  const dir = copyProject({
    'content/posts/expression.mdx': entry('', `\nThe home is {process.env.HOME}; {${write}}\n\nimport pkg from '../../package.json'\n`),
    'content/posts/js-front-matter.mdx': `---js\n{ title: (${write.replace('process.getBuiltinModule', 'require')}, 'T'), url: 'https://example.com/js', date: '2026-01-05', description: 'D.' }\n---\n`,
    'content/posts/hostile-links.mdx': entry('', '\n[click](javascript:alert(document.domain)) and ![x](data:image/svg+xml;base64,PHN2Zz4=)\n\n<script>alert(1)</script>\n\n<meta httpEquiv="refresh" content="0; url=https://evil.test" />\n')
      .replace('A title', '"Bell\\u0007 and NUL\\u0001 in a title"')
      .replace('/post', '/hostile'),
    // A reading list whose title and note carry markup and a script: text on its page, never code.
    'content/lists/hostile-list.yml': `title: "<script>alert('list')</script> Hostile"\ndescription: "<img src=x onerror=alert(1)> described"\nsteps:\n  - entry: distributed-consensus\n    note: "Read <script>alert('note')</script> and [this](javascript:alert(1)) {process.env.HOME}"\n`,
  });
  try {
    const checked = build(dir);
    expect(checked.status).not.toBe(0);
    expect(checked.output).toMatch(/content\/posts\/expression\.mdx:8 commentary: `\{` starts an expression, and expressions are not run: write `\\\{` for a literal brace/);
    expect(checked.output).toMatch(/content\/posts\/expression\.mdx:10 commentary: `import` and `export` are not run/);
    expect(checked.output).toMatch(/content\/posts\/js-front-matter\.mdx:1 front matter is YAML only, not "js"/);
    expect(checked.output).toMatch(/content\/posts\/hostile-links\.mdx:2 title: holds the control character U\+0007/);
    expect(checked.output).toMatch(/content\/posts\/hostile-links\.mdx:8 commentary: a link to a javascript: URL is not allowed/);
    expect(checked.output).toMatch(/content\/posts\/hostile-links\.mdx:10 commentary: raw HTML <script> is not allowed/);
    expect(checked.output).toMatch(/content\/posts\/hostile-links\.mdx:12 commentary: raw HTML <meta> is not allowed/);

    // A file that skips the check: Contentlayer refuses to run front matter as code…
    const contentlayer = run(dir, 'node scripts/build/contentlayer.mjs build');
    expect(contentlayer.status).not.toBe(0);
    expect(contentlayer.output).toMatch(/posts\/js-front-matter\.mdx" failed/);
    // …and the rest builds with every expression, tag and unsafe URL inert.
    rmSync(join(dir, 'content/posts/js-front-matter.mdx'));
    const built = run(dir, 'node scripts/build/contentlayer.mjs build && npx next build && npx tsx scripts/build/finish-pages.ts');
    expect(built.status, built.output).toBe(0);
    expect(existsSync(marker), 'an entry ran code at build time').toBe(false);
    const expression = readFileSync(join(dir, 'out/posts/expression.html'), 'utf8');
    expect(expression).toContain('The home is {process.env.HOME}; {process.getBuiltinModule(');
    expect(expression).not.toContain(process.env.HOME ?? '/root');
    expect(checked.output).toMatch(/content\/lists\/hostile-list\.yml:5 note: raw HTML <script> is not allowed/);
    const list = readFileSync(join(dir, 'out/lists/hostile-list.html'), 'utf8');
    expect(list).toContain('&lt;script&gt;alert(&#x27;list&#x27;)&lt;/script&gt; Hostile');
    expect(list).not.toMatch(/<script>alert|<img src=x|javascript:/);
    expect(readFileSync(join(dir, 'out/lists/hostile-list/feed.xml'), 'utf8')).not.toMatch(/<script|javascript:/);
    const hostile = readFileSync(join(dir, 'out/posts/hostile-links.html'), 'utf8');
    expect(hostile).not.toMatch(/javascript:|data:image|<script>alert|http-equiv="refresh"/i);
    for (const feed of ['feed.xml', 'atom.xml', 'feed.json']) {
      const text = readFileSync(join(dir, 'out', feed), 'utf8');
      expect(text, feed).toContain('hostile');
      expect(text, feed).not.toMatch(/javascript:|data:image|<script|&lt;script|refresh/i);
    }
    // Well-formed XML to a real parser, control characters and all.
    await page.setContent('<!DOCTYPE html><title>feeds</title>');
    for (const feed of ['feed.xml', 'atom.xml']) {
      const xml = readFileSync(join(dir, 'out', feed), 'utf8');
      const error = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml);
      expect(error, feed).toBeNull();
      expect(xml, feed).toContain('Bell and NUL in a title');
    }
  } finally {
    removeCopy(dir);
    rmSync(marker, { force: true });
  }
});

const extraTags = (...names: string[]) =>
  readFileSync('content/tags.yml', 'utf8') + names.map((name) => `  - name: ${name}\n    title: ${name}\n    description: Only in this test.\n`).join('');

/** Serves a copy's out/ as `npm start` does, vercel.json's policy included. */
async function serveCopy(dir: string): Promise<{ base: string; close: () => void }> {
  const server = createServer(staticHost(join(dir, 'out'), JSON.parse(readFileSync(join(dir, 'vercel.json'), 'utf8'))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

test('a production build holds no trace of drafts or future entries, escapes markup in titles, offers archived copies of dead links, shows images from public/', async ({ page }) => {
  test.setTimeout(180_000);
  const archive = 'https://web.archive.org/web/2026/https://example.com/gone';
  const dir = copyProject({
    'public/images/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="teal"/></svg>',
    'content/posts/with-an-image.mdx': entry('', '\nThe protocol at a glance:\n\n![Two boxes and an arrow](/images/diagram.svg)\n').replace('A title', 'With an image').replace('/post', '/image'),
    // Made-up threads, in a copy only: the shipped entries record no thread that is not known to be real.
    'content/posts/discussed.mdx': entry(
      'discussions:\n  - url: https://news.ycombinator.com/item?id=100\n    title: "<script>alert(1)</script> Found"\n    comments: 42\n    recorded: 2026-01-06\n  - https://lobste.rs/s/abc123\n',
    )
      .replace('A title', 'Discussed')
      .replace('/post', '/discussed'),
    'content/tags.yml': extraTags('draft-only-tag', 'future-only-tag'),
    'content/posts/dead-link.mdx': entry(`archive: ${archive}\n`).replace('A title', 'Dead link').replace('/post', '/gone'),
    'content/link-status.json': JSON.stringify([{ url: 'https://example.com/gone', status: 404, outcome: 'dead', checked: '2026-01-10' }]),
    'content/posts/secret-draft-entry.mdx': entry('draft: true\ntags: [draft-only-tag]\n').replace('A title', 'Secret draft entry').replace('/post', '/draft'),
    'content/posts/entry-from-the-future.mdx': entry('tags: [future-only-tag]\n')
      .replace('A title', 'Entry from the future')
      .replace('2026-01-05', '2999-01-01')
      .replace('/post', '/future'),
    // Two quotations with footnotes in their words, which every list shows: on their source's page together.
    ...Object.fromEntries(
      ['first', 'second'].map((which) => [
        `content/posts/noted-${which}.mdx`,
        `---\nquote: |\n  A ${which} claim.[^1]\n\n  [^1]: The ${which} source.\nby: Someone\nurl: https://example.com/noted-${which}\ndate: 2026-01-05\n---\n`,
      ]),
    ),
    'content/posts/markup-in-title.mdx': entry('')
      .replace('A title', `'<script>alert("title")</script> & <b>bold</b>'`)
      .replace('A description.', `'<img src=x onerror=alert(1)> & "quotes"'`),
  });
  try {
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
    const files = readdirSync(join(dir, 'out'), { recursive: true, withFileTypes: true })
      .filter((file) => file.isFile())
      .map((file) => join(file.parentPath, file.name));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // The share form offers and checks the vocabulary of content/tags.yml (its buttons, and
      // the tag model that carries every name), which is the site's settings rather than an
      // entry: a tag can be listed there before any entry uses it.
      const vocabularyShown = [join('out', 'share.html'), join('out', 'share', 'tag-model.json')].includes(relative(dir, file));
      const traces = ['secret-draft-entry', 'Secret draft entry', 'entry-from-the-future', ...(vocabularyShown ? [] : ['draft-only-tag', 'future-only-tag'])];
      for (const trace of traces) {
        expect(text.includes(trace), `${trace} in ${relative(dir, file)}`).toBe(false);
        expect(relative(dir, file), 'a file named after a draft or future entry (its page or share image)').not.toContain(trace);
      }
      if (file.endsWith('.html')) {
        expect(text, relative(dir, file)).not.toContain('<script>alert(');
        expect(text, relative(dir, file)).not.toContain('<img src=x');
      }
      // A search fragment's card is HTML the search page inserts: escaped like every page.
      if (/^out\/search-index\/[^/]+\/e\//.test(relative(dir, file).split(sep).join('/'))) {
        const { card } = JSON.parse(text) as { card: string };
        expect(card, relative(dir, file)).not.toMatch(/<script>alert\(|<img src=x/);
      }
    }
    const markup = readFileSync(join(dir, 'out/posts/markup-in-title.html'), 'utf8');
    expect(markup).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    // The dead link's page and its card (on its source's page) both point to the saved copy.
    const archivedCopy = `<a href="${archive}" class="underline underline-offset-2 hover:text-accent-600 dark:hover:text-accent-300">archived copy</a>`;
    expect(readFileSync(join(dir, 'out/posts/dead-link.html'), 'utf8')).toContain(archivedCopy);
    expect(readFileSync(join(dir, 'out/domains/example.com.html'), 'utf8')).toContain(archivedCopy);
    expect(readFileSync(join(dir, 'out/posts/markup-in-title.html'), 'utf8')).not.toContain('archived copy');
    // Each entry's footnotes keep ids of their own on a list that shows both, which stays valid HTML.
    const source = readFileSync(join(dir, 'out/domains/example.com.html'), 'utf8');
    expect(source).toContain('The second source.');
    const ids = [...source.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const validated = run(dir, 'npx html-validate out/domains/example.com.html');
    expect(validated.status, validated.output).toBe(0);

    // An image from public/ in the commentary loads under the page's policy, in a browser.
    const host = await serveCopy(dir);
    try {
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused/i.test(message.text())) refused.push(message.text());
      });
      await page.goto(`${host.base}/posts/with-an-image`);
      const image = page.getByRole('img', { name: 'Two boxes and an arrow' });
      await expect(image).toBeVisible();
      expect(await image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(120);
      expect(refused).toEqual([]);

      // Threads where it was discussed: on its page with the count and day, on its card compactly, in JSON-LD and feeds.
      await page.goto(`${host.base}/posts/discussed`);
      const discussed = page.getByRole('main').getByText(/^Discussed on/);
      await expect(discussed).toHaveText('Discussed on Hacker News (42 comments, as of 6 Jan 2026) · Lobsters');
      await expect(discussed.getByRole('link', { name: 'Hacker News' })).toHaveAttribute('href', 'https://news.ycombinator.com/item?id=100');
      await expect(discussed.getByRole('link', { name: 'Lobsters' })).toHaveAttribute('href', 'https://lobste.rs/s/abc123');
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data.discussionUrl).toEqual(['https://news.ycombinator.com/item?id=100', 'https://lobste.rs/s/abc123']);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id }) => id)).toEqual([]);
      await page.goto(`${host.base}/domains/example.com`);
      await expect(page.locator('main article').filter({ hasText: 'Discussed' }).first()).toContainText('Discussed on Hacker News (42) · Lobsters');

      // A hostile title found by search shows as the text it is, and runs nothing.
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${host.base}/search?q=bold`);
      await expect(page.getByRole('status')).toHaveText(/result/);
      await expect(page.locator('main article h2 > a').first()).toHaveText('<script>alert("title")</script> & <b>bold</b>');
      await expect(page.locator('main article').first()).toContainText('<img src=x onerror=alert(1)> & "quotes"');
      expect(dialogs).toEqual([]);
      expect(readFileSync(join(dir, 'out/feed.xml'), 'utf8')).toContain('Discussed on &lt;a href=&quot;https://news.ycombinator.com/item?id=100&quot;&gt;Hacker News&lt;/a&gt; (42)');
      expect(readFileSync(join(dir, 'out/posts/discussed.html'), 'utf8')).not.toContain('<script>alert(1)');
    } finally {
      host.close();
    }
  } finally {
    removeCopy(dir);
  }
});

test('a list of 30 pages links to a few of them from each, not to all 30; a vocabulary larger than the menus is offered by its most used tags', async () => {
  test.setTimeout(300_000);
  const files = syntheticEntries(300);
  // Beyond the 40 tags the search menu and the share form offer (site.searchMenuTags, site.shareFormTags): the corpus's long tail, and five tags on one entry each.
  const extra = Array.from({ length: 5 }, (_, index) => `rare-tag-${index + 1}`);
  files['content/tags.yml'] += extra.map((tag) => `  - name: ${tag}\n    title: ${tag}\n    description: A tag one entry has.\n`).join('');
  extra.forEach((tag, index) => {
    const file = `content/posts/entry-${String(index + 1).padStart(5, '0')}.mdx`;
    files[file] = files[file].replace(/^tags: \[/m, `tags: [${tag}, `);
  });
  const dir = copyProject(files, { replacePosts: true });
  try {
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
    const numbered = (file: string) =>
      [...readFileSync(join(dir, 'out', file), 'utf8').matchAll(/aria-label="Page (\d+)"|aria-current="page"[^>]*>(\d+)</g)].map(
        ([, linked, current]) => Number(linked ?? current),
      );
    // Newest first: the newest page (the list itself), a few either side, page 1.
    expect(numbered('page/15.html')).toEqual([17, 16, 15, 14, 13, 1]);
    expect(numbered('index.html')).toEqual([29, 28, 1]);
    expect(numbered('page/1.html')).toEqual([3, 2, 1]);
    for (const file of ['page/15.html', 'page/1.html']) expect(readFileSync(join(dir, 'out', file), 'utf8')).toMatch(/<a href="\/"[^>]*aria-label="Newest page"/);

    // The corpus's tags (its long tail among them) and the five rare ones.
    const used = new Set(Object.entries(files).flatMap(([file, text]) => (file.startsWith('content/posts/') ? /^tags: \[(.*)\]$/m.exec(text)![1].split(', ') : []))).size;
    const vocabulary = [...files['content/tags.yml'].matchAll(/^ {2}- name: /gm)].length;
    expect(used).toBeGreaterThan(45);
    // The menus hold the 40 most used tags, and say where the others are. (React marks
    // where one text ends and the next begins: the pages are read without the marks.)
    const search = readFileSync(join(dir, 'out/search.html'), 'utf8').replaceAll('<!-- -->', '');
    const menu = search.slice(search.indexOf('id="search-tag"'), search.indexOf('</select>', search.indexOf('id="search-tag"')));
    expect([...menu.matchAll(/<option/g)]).toHaveLength(41);
    expect(menu).not.toContain('rare-tag');
    expect(search).toMatch(new RegExp(`<a href="/tags"[^>]*>All ${used} tags</a>`));
    const share = readFileSync(join(dir, 'out/share.html'), 'utf8').replaceAll('<!-- -->', '');
    const buttons = share.slice(share.indexOf('aria-label="The site’s tags"'), share.indexOf('</ul>', share.indexOf('aria-label="The site’s tags"')));
    expect([...buttons.matchAll(/<li/g)]).toHaveLength(40);
    expect(buttons).not.toContain('rare-tag');
    expect(share).toContain(`The 40 most used of ${vocabulary} tags`);
    // The share page checks tags against the whole vocabulary: the tag model carries it.
    const model = JSON.parse(readFileSync(join(dir, 'out/share/tag-model.json'), 'utf8')) as { tags: string[]; unused: string[] };
    expect([...model.tags, ...model.unused]).toEqual(expect.arrayContaining(extra));
  } finally {
    removeCopy(dir);
  }
});
