import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frameworkTraces, withoutFramework } from './html-first';

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/site.js?v=abc123"></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</head><body><main>Text <a href="/tags/x">x</a><script src="/search.js" defer=""></script></main>',
  '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:[\\"$\\",\\"main\\"]"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  '</body></html>',
].join('');

test("a static page keeps its content, styles, JSON-LD, the site script and search's, and nothing of the framework", () => {
  const html = withoutFramework(page);
  assert.equal(
    html,
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><script src="/site.js?v=abc123"></script></head>' +
      '<body><main>Text <a href="/tags/x">x</a><script src="/search.js" defer=""></script></main><script type="application/ld+json">{"@type":"BlogPosting"}</script></body></html>',
  );
  assert.deepEqual(frameworkTraces(html), []);
  assert.equal(withoutFramework(html), html);
});

test('the framework is found by its scripts, its payload or a script preload', () => {
  assert.deepEqual(frameworkTraces(page), ['a script of the Next.js runtime', 'the React Server Components payload', 'a script preload']);
  assert.deepEqual(frameworkTraces('<link rel="preload" as="script" href="/x.js">'), ['a script preload']);
});
