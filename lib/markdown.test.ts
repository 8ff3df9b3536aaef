import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absolutizeLinks, markdownToHtml } from './markdown';

/** The href (or src) the pipeline keeps for a Markdown link (or image) to `url`; undefined when it drops it. */
const kept = (markdown: string, attribute: 'href' | 'src') =>
  new RegExp(`${attribute}="([^"]*)"`).exec(markdownToHtml(markdown))?.[1];

describe('markdownToHtml', () => {
  it('keeps http(s), mailto, site, fragment links (relative and protocol-relative ones resolved below)', () => {
    for (const url of ['https://example.com/a?b=1', 'http://example.com', 'mailto:me@example.com', '/posts/x', '#top']) {
      assert.equal(kept(`[x](${url})`, 'href'), url.replace('&', '&#x26;'), url);
    }
  });

  it('drops links of every other scheme, however they are spelt', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java%0ascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'file:///etc/passwd',
      'ftp://example.com/f',
      'irc://example.com/c',
      'xmpp:me@example.com',
    ]) {
      const html = markdownToHtml(`[x](${url})`);
      assert.equal(kept(`[x](${url})`, 'href'), undefined, `${url} → ${html}`);
      assert.match(html, /<a>x<\/a>/);
    }
    assert.equal(kept('[x][r]\n\n[r]: javascript:alert(1)', 'href'), undefined);
  });

  it("keeps images from the site's own paths only, and drops the element for any other", () => {
    assert.equal(kept('![d](/images/d.png)', 'src'), '/images/d.png');
    assert.equal(markdownToHtml('![A diagram](/images/d.png)'), '<p><img src="/images/d.png" alt="A diagram"></p>');
    for (const url of ['https://example.com/d.png', 'http://example.com/d.png', '//example.com/d.png', 'd.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'javascript:alert(1)', 'mailto:me@example.com', 'file:///x.png']) {
      assert.doesNotMatch(markdownToHtml(`![d](${url})`), /<img/, url);
    }
    assert.doesNotMatch(markdownToHtml('![d][r]\n\n[r]: https://tracker.example/pixel.gif'), /<img/);
  });

  it('drops raw HTML, and shows expressions and imports as the text typed', () => {
    const html = markdownToHtml(
      [
        '<script>alert(1)</script>',
        '',
        'Inline <img src=x onerror=alert(1)> and <iframe src="https://evil.test"></iframe>.',
        '',
        '<meta http-equiv="refresh" content="0; url=https://evil.test">',
        '',
        "import pkg from '../../package.json'",
        '',
        'Home is {process.env.HOME}; 5ms to <2ms.',
      ].join('\n'),
    );
    assert.doesNotMatch(html, /<script|<img|<iframe|<meta|onerror/);
    assert.match(html, /<p>import pkg from '..\/..\/package.json'<\/p>/);
    assert.match(html, /<p>Home is \{process.env.HOME\}; 5ms to &#x3C;2ms.<\/p>/);
  });

  it('renders GitHub-flavoured Markdown: emphasis, lists, tables, strikethrough, code', () => {
    const html = markdownToHtml('**a** _b_ ~~c~~\n\n- one\n- two\n\n| x | y |\n|---|--:|\n| 1 | 2 |\n\n```js\nlet a = "<b>";\n```');
    assert.match(html, /<strong>a<\/strong> <em>b<\/em> <del>c<\/del>/);
    assert.match(html, /<ul>\n<li>one<\/li>\n<li>two<\/li>\n<\/ul>/);
    assert.match(html, /<td align="right">2<\/td>/);
    assert.match(html, /<pre><code class="language-js">let a = "&#x3C;b>";\n<\/code><\/pre>/);
  });

  it('keeps footnotes linked to their notes', () => {
    const html = markdownToHtml('A claim.[^1]\n\n[^1]: The source.');
    const href = /<a href="#([^"]+)" id="[^"]+" data-footnote-ref/.exec(html)?.[1];
    assert.ok(href && html.includes(`id="${href}"`), html);
    const label = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    assert.ok(label && html.includes(`id="${label}"`), html);
  });

  it("gives each text's footnotes ids of their own: two entries on one list page never share one", () => {
    const ids = (html: string) => [...html.matchAll(/\bid="([^"]+)"/g)].map(([, id]) => id);
    const first = ids(markdownToHtml('One.[^1]\n\n[^1]: First note.'));
    const second = ids(markdownToHtml('Two.[^1]\n\n[^1]: Second note.'));
    assert.equal(first.length, 3);
    assert.deepEqual(first.filter((id) => second.includes(id)), []);
  });

  it('makes a link relative to the entry page the site path it means there, and a protocol-relative one https', () => {
    assert.equal(kept('[x](other-entry)', 'href'), '/posts/other-entry');
    assert.equal(kept('[x](../tags/raft?a=1#b)', 'href'), '/tags/raft?a=1#b');
    assert.equal(kept('[x](//other.example/x)', 'href'), 'https://other.example/x');
    assert.equal(kept('[x](/posts/y)', 'href'), '/posts/y');
    assert.equal(kept('[x](#top)', 'href'), '#top');
  });
});

describe('absolutizeLinks', () => {
  it("makes the site's own links absolute and leaves others alone", () => {
    assert.equal(
      absolutizeLinks('<a href="/posts/x">x</a> <a href="https://o.example/">o</a> <img src="/og/a.png"> <a href="//cdn.example/">c</a>', 'https://bytes.example'),
      '<a href="https://bytes.example/posts/x">x</a> <a href="https://o.example/">o</a> <img src="https://bytes.example/og/a.png"> <a href="//cdn.example/">c</a>',
    );
  });
});
