import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodedUrl, hostnameOf, isAbsoluteHttpUrl } from './url';
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

  it('accepts a space inside the path or query, as real bookmarks have, and gives it encoded as a browser sends it', () => {
    assert.ok(isAbsoluteHttpUrl('https://example.com/My Paper.pdf?q=a b', { spaces: true }));
    assert.equal(isAbsoluteHttpUrl('https://example.com/My Paper.pdf'), false, 'only an entry\'s own link may have one');
    assert.equal(encodedUrl('https://example.com/My Paper.pdf?q=a b'), 'https://example.com/My%20Paper.pdf?q=a%20b');
    assert.equal(encodedUrl('https://example.com/caf\u00e9'), 'https://example.com/caf%C3%A9');
    assert.equal(encodedUrl('javascript:alert(1)'), 'javascript:alert(1)');
  });

  it('refuses script, data, relative and malformed URLs, and whitespace other than a space inside', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '/posts/x', 'example.com', 'https://', 'ftp://example.com/x', 'https://exa mple.com', ' https://example.com', 'https://example.com/ ', 'https://example.com/a\tb', 'https://example.com/a\nb', 'https://example.com/a\u00a0b', 'java script:alert(1)']) {
      assert.equal(isAbsoluteHttpUrl(url, { spaces: true }), false, url);
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
