import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { canariesOf, codeVersion, pageSourceFiles } from './build-cache';

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
