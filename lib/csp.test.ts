import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { inlineScriptHashes, withScriptPolicy } from './csp';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js" async=""></script><script type="application/ld+json">{"a":1}</script></head><body><script>self.__next_f.push([1])</script><script id="_R_">x()</script></body></html>`;

describe('withScriptPolicy', () => {
  it('hashes inline code only: not src scripts, not JSON-LD data', () => {
    assert.deepEqual(inlineScriptHashes(page), [sha('self.__next_f.push([1])'), sha('x()')]);
  });

  it('puts the policy after the charset, before every script, once however often it runs', () => {
    const pinned = withScriptPolicy(page);
    assert.ok(pinned.startsWith(`<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' ${sha('self.__next_f.push([1])')} ${sha('x()')}"/><script src`));
    assert.equal(withScriptPolicy(pinned), pinned);
  });
});
