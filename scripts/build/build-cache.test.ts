import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { canariesOf, codeVersion, keptPageFor, keptPagesProblems, pageSourceFiles, pageToKeep } from './build-cache';

const root = mkdtempSync(join(tmpdir(), 'code-version-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe('the code version every kept page is filed under', () => {
  write('app/page.tsx', 'export default 1');
  write('package-lock.json', '{}');
  write('.gitignore', 'node_modules/\n/out/\n.next/\nnext-env.d.ts\n*.tsbuildinfo\npublic/drafts/*\n!public/drafts/keep.svg\n');
  write('content/posts/a.mdx', 'an entry');
  write('README.md', '# The site');
  const version = codeVersion(root);

  it('changes with what pages are made from: code, styles, fonts, public files, the build steps, the lockfile', () => {
    for (const [file, text] of [
      ['app/page.tsx', 'export default 2'],
      ['app/globals.css', 'p {}'],
      ['components/PostCard.tsx', 'export {}'],
      ['assets/fonts/a.ttf', 'font'],
      ['public/images/a.svg', '<svg/>'],
      ['scripts/build/finish-page.ts', 'export {}'],
      ['package-lock.json', '{"v":2}'],
      ['next.config.mjs', 'export default {}'],
    ]) {
      write(file, text);
      assert.notEqual(codeVersion(root), version, file);
    }
  });

  it('does not change with the content (each page is keyed by its own), docs, tests, tooling, a stray file or what git ignores', () => {
    const current = codeVersion(root);
    write('content/posts/a.mdx', 'an edited entry');
    write('content/posts/b.mdx', 'a new entry');
    write('README.md', '# The site, edited');
    write('BENCHMARKS.md', '| size | time |');
    write('lib/posts.test.ts', 'it()');
    write('e2e/pages.spec.ts', 'test()');
    write('scripts/bench/bench.ts', 'bench()');
    write('notes.txt', 'a stray file in the root');
    write('out/index.html', '<p>built</p>');
    write('.next/cache/x', 'cache');
    write('next-env.d.ts', '/// types');
    write('tsconfig.tsbuildinfo', '{"program": 2}');
    write('node_modules/x/index.js', 'module.exports = 1');
    assert.equal(codeVersion(root), current);
  });

  it('reads .gitignore as git does: nested paths and negated patterns', () => {
    write('public/drafts/wip.svg', '<svg/>');
    write('public/drafts/keep.svg', '<svg/>');
    const files = pageSourceFiles(root);
    assert.ok(!files.includes('public/drafts/wip.svg'));
    assert.ok(files.includes('public/drafts/keep.svg'));
  });
});

describe('a kept page and the deployment id', () => {
  const page = (id: string) => `<html data-dpl-id="${id}"><link rel="stylesheet" href="/_next/static/a.css?dpl=${id}"/><p>An entry</p></html>`;

  it('is kept without the id and copied with the next build’s, so a new id per build re-renders nothing', () => {
    const kept = pageToKeep(page('dpl_1'), 'dpl_1')!;
    assert.equal(kept, pageToKeep(page('dpl_2'), 'dpl_2'));
    assert.equal(keptPageFor(kept, 'dpl_2'), page('dpl_2'));
  });

  it('is not kept when the id stands elsewhere in it, or the page holds the mark itself: its copy could not be exact', () => {
    assert.equal(pageToKeep(page('dpl_1'), 'dpl_1') === undefined, false);
    assert.equal(pageToKeep('<p>deployment dpl_9</p>', 'dpl_9'), undefined);
    assert.equal(pageToKeep('<p>\u0000deployment-id\u0000</p>'), undefined);
    assert.equal(pageToKeep('<p>a page</p>'), '<p>a page</p>');
  });
});

describe('a page copied from the cache', () => {
  const finished = '<!DOCTYPE html><html><head><title>T</title></head><body><p>kept</p></body></html>';

  it('passes the checks a rendered page passes', async () => {
    assert.deepEqual(await keptPagesProblems([{ file: 'out/posts/a.html', page: finished }]), []);
  });

  it('is refused, naming the page, when a file in the cache was rewritten with a script or a frame', async () => {
    const tampered = finished.replace('</body>', '<script>alert(1)</script><iframe src="https://evil.example"></iframe></body>');
    const problems = await keptPagesProblems([{ file: 'out/posts/b.html', page: finished }, { file: 'out/posts/a.html', page: tampered }]);
    assert.ok(problems.length >= 2, problems.join('\n'));
    assert.ok(problems.every((problem) => problem.startsWith('out/posts/a.html: ')), problems.join('\n'));
    assert.match(problems.join('\n'), /script/);
    assert.match(problems.join('\n'), /iframe/);
  });

  it('is refused when it still carries the framework a static page loses', async () => {
    const unfinished = finished.replace('</body>', '<script src="/_next/static/chunks/a.js" async=""></script></body>');
    assert.equal((await keptPagesProblems([{ file: 'out/posts/a.html', page: unfinished }])).length, 1);
  });
});

describe('the kept pages compared with fresh ones', () => {
  const shapes: Record<string, string> = {
    '/posts/a': 'entry page: article',
    '/posts/b': 'entry page: article',
    '/posts/c': 'entry page: article',
    '/posts/q': 'entry page: quotation',
    '/posts/d': 'entry page: article, discussions',
    '/tags/x': 'tag page: first page',
    '/tags/x/page/2': 'tag page: later page',
  };
  const cached = Object.keys(shapes);

  it('are one of each shape: quotations, discussions, later pages of lists', () => {
    const canaries = canariesOf(cached, shapes, 1);
    assert.equal(canaries.size, new Set(Object.values(shapes)).size);
    for (const path of ['/posts/q', '/posts/d', '/tags/x', '/tags/x/page/2']) assert.ok(canaries.has(path), path);
  });

  it('change from build to build among pages of the same shape', () => {
    const chosen = new Set(Array.from({ length: 30 }, (_, seed) => [...canariesOf(cached, shapes, seed)].find((path) => ['/posts/a', '/posts/b', '/posts/c'].includes(path))));
    assert.equal(chosen.size, 3);
  });
});
