/** What a bad entry, a draft, a hostile title or a large corpus does to `npm run build`, in a copy of the project. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCopy as build, copyProject, removeCopy } from '../scripts/project-copy';
import { syntheticEntries } from '../scripts/synthetic-corpus';

const entry = (fields: string, body = '') =>
  `---\ntitle: A title\nurl: https://example.com/post\ndate: 2026-01-05\ndescription: A description.\n${fields}---\n${body}`;

const badEntries: [string, string, RegExp][] = [
  ['a javascript: URL', entry('').replace('https://example.com/post', 'javascript:alert(1)'), /content\/posts\/bad-entry\.mdx:3 url:/],
  ['a missing title', entry('').replace('title: A title\n', ''), /content\/posts\/bad-entry\.mdx title: is required/],
  ['an impossible date', entry('').replace('2026-01-05', '2026-02-30'), /content\/posts\/bad-entry\.mdx:4 date:/],
  ['a misspelt field', entry('titel: Oops\n'), /content\/posts\/bad-entry\.mdx:6 titel: .*did you mean "title"/],
  ['raw HTML in the commentary', entry('', '\n<div>never closed\n'), /content\/posts\/bad-entry\.mdx:7 commentary: raw HTML <div> is not allowed/],
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

const extraTags = (...names: string[]) =>
  readFileSync('content/tags.yml', 'utf8') + names.map((name) => `  - name: ${name}\n    title: ${name}\n    description: Only in this test.\n`).join('');

test('a production build holds no trace of drafts or future entries, escapes markup in titles, offers archived copies of dead links', async () => {
  test.setTimeout(180_000);
  const archive = 'https://web.archive.org/web/2026/https://example.com/gone';
  const dir = copyProject({
    'content/tags.yml': extraTags('draft-only-tag', 'future-only-tag'),
    'content/posts/dead-link.mdx': entry(`archive: ${archive}\n`).replace('A title', 'Dead link').replace('/post', '/gone'),
    'content/link-status.json': JSON.stringify([{ url: 'https://example.com/gone', status: 404, outcome: 'dead', checked: '2026-01-10' }]),
    'content/posts/secret-draft-entry.mdx': entry('draft: true\ntags: [draft-only-tag]\n').replace('A title', 'Secret draft entry').replace('/post', '/draft'),
    'content/posts/entry-from-the-future.mdx': entry('tags: [future-only-tag]\n')
      .replace('A title', 'Entry from the future')
      .replace('2026-01-05', '2999-01-01')
      .replace('/post', '/future'),
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
      for (const trace of ['secret-draft-entry', 'Secret draft entry', 'draft-only-tag', 'entry-from-the-future', 'future-only-tag']) {
        expect(text.includes(trace), `${trace} in ${relative(dir, file)}`).toBe(false);
      }
      if (file.endsWith('.html')) {
        expect(text, relative(dir, file)).not.toContain('<script>alert(');
        expect(text, relative(dir, file)).not.toContain('<img src=x');
      }
    }
    const page = readFileSync(join(dir, 'out/posts/markup-in-title.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    // The dead link's page and its card (on its source's page) both point to the saved copy.
    const archivedCopy = `<a href="${archive}" class="underline underline-offset-2 hover:text-accent-600 dark:hover:text-accent-300">archived copy</a>`;
    expect(readFileSync(join(dir, 'out/posts/dead-link.html'), 'utf8')).toContain(archivedCopy);
    expect(readFileSync(join(dir, 'out/domains/example.com.html'), 'utf8')).toContain(archivedCopy);
    expect(readFileSync(join(dir, 'out/posts/markup-in-title.html'), 'utf8')).not.toContain('archived copy');
  } finally {
    removeCopy(dir);
  }
});

test('a list of 30 pages links to a few of them from each, not to all 30', async () => {
  test.setTimeout(180_000);
  const dir = copyProject(syntheticEntries(300), { replacePosts: true });
  try {
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
    const numbered = (file: string) =>
      [...readFileSync(join(dir, 'out', file), 'utf8').matchAll(/aria-label="Page (\d+)"|aria-current="page"[^>]*>(\d+)</g)].map(
        ([, linked, current]) => Number(linked ?? current),
      );
    expect(numbered('page/15.html')).toEqual([1, 13, 14, 15, 16, 17, 30]);
    expect(numbered('index.html')).toEqual([1, 2, 3, 30]);
    expect(numbered('page/30.html')).toEqual([1, 28, 29, 30]);
  } finally {
    removeCopy(dir);
  }
});
