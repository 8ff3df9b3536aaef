import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finishInParallel, finishPage } from './finish-page';

const page = (n: number, extra = '') =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/static/chunks/c.js" async=""></script></head><body><main>Page ${n}</main>${extra}</body></html>`;

test('pages finished in workers come back in order, each as finishing it alone gives, problems naming their page', async () => {
  const pages = Array.from({ length: 7 }, (_, n) => ({
    file: `out/p${n}.html`,
    html: page(n, n === 5 ? '<iframe src="https://evil.example"></iframe>' : ''),
    interactive: false,
  }));
  // One page a worker: as many workers as cores.
  const finished = await finishInParallel(pages, 1);
  assert.deepEqual(finished, pages.map(({ file, html, interactive }) => finishPage(file, html, interactive)));
  assert.equal(finished[0].html.includes('_next/static'), false);
  assert.match(finished[5].problems.join('\n'), /^out\/p5\.html: .*iframe/);
});
