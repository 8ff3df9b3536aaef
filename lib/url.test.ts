import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostnameOf, isAbsoluteHttpUrl } from './url';
import { viaOf } from './via';

describe('hostnameOf', () => {
  it('drops the scheme, path and a leading www.', () => {
    assert.equal(hostnameOf('https://www.bitsxpages.com/p/the-mathematics'), 'bitsxpages.com');
    assert.equal(hostnameOf('https://brooker.co.za/blog/2025/08/15/x.html'), 'brooker.co.za');
    assert.equal(hostnameOf('http://muratbuffalo.blogspot.com:8080/x?y#z'), 'muratbuffalo.blogspot.com');
  });

  it('keeps other subdomains', () => {
    assert.equal(hostnameOf('https://jhellerstein.github.io/blog/'), 'jhellerstein.github.io');
    assert.equal(hostnameOf('https://wwwhat.example.org/'), 'wwwhat.example.org');
  });
});

describe('isAbsoluteHttpUrl', () => {
  it('accepts http and https URLs', () => {
    assert.ok(isAbsoluteHttpUrl('https://s2.dev/blog/linearizability'));
    assert.ok(isAbsoluteHttpUrl('http://example.com'));
  });

  it('refuses script, data, relative and malformed URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '/posts/x', 'example.com', 'https://', 'ftp://example.com/x', 'https://exa mple.com', ' https://example.com']) {
      assert.equal(isAbsoluteHttpUrl(url), false, url);
    }
  });
});

describe('viaOf', () => {
  it('reads a name, a URL or both', () => {
    assert.deepEqual(viaOf('Hacker News'), { name: 'Hacker News' });
    assert.deepEqual(viaOf('https://lobste.rs/s/abc'), { name: 'lobste.rs', url: 'https://lobste.rs/s/abc' });
    assert.deepEqual(viaOf({ name: 'Murat', url: 'https://x.org' }), { name: 'Murat', url: 'https://x.org' });
    assert.equal(viaOf(undefined), undefined);
  });
});
