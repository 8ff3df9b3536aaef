import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { codeVersion } from './build-cache';

const root = mkdtempSync(join(tmpdir(), 'code-version-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe("the code version every kept page is filed under", () => {
  write('app/page.tsx', 'export default 1');
  write('package-lock.json', '{}');
  write('.gitignore', 'node_modules/\n/out/\n.next/\nnext-env.d.ts\n*.tsbuildinfo\n');
  write('content/posts/a.mdx', 'an entry');
  const version = codeVersion(root);

  it('changes with any file of the site outside content/: code, styles, public files, the lockfile', () => {
    for (const [file, text] of [['app/page.tsx', 'export default 2'], ['app/globals.css', 'p {}'], ['public/images/a.svg', '<svg/>'], ['package-lock.json', '{"v":2}']]) {
      write(file, text);
      assert.notEqual(codeVersion(root), version, file);
    }
  });

  it('does not change with the content (each page is keyed by its own) or with what git ignores (what builds write)', () => {
    const current = codeVersion(root);
    write('content/posts/a.mdx', 'an edited entry');
    write('content/posts/b.mdx', 'a new entry');
    write('out/index.html', '<p>built</p>');
    write('.next/cache/x', 'cache');
    write('next-env.d.ts', '/// types');
    write('tsconfig.tsbuildinfo', '{"program": 2}');
    write('node_modules/x/index.js', 'module.exports = 1');
    assert.equal(codeVersion(root), current);
  });
});
