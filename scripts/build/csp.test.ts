import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { newsletterFrom } from '../../lib/newsletter';
import { foreignContentOf, formActionProblems, inlineScriptHashes, WATCHED, withScriptPolicy } from './csp';
import { elementsOf } from './page-elements';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const chunks = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';
const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script><script type="application/ld+json">{"a":1}</script></head><body><script>self.__next_f.push([1])</script><script id="_R_">${chunks}</script></body></html>`;

describe('withScriptPolicy', () => {
  it('hashes inline code only: not src scripts, not JSON-LD data', () => {
    assert.deepEqual(inlineScriptHashes(page), [sha('self.__next_f.push([1])'), sha(chunks)]);
  });

  it('puts the policy after the charset, before every script, once however often it runs', () => {
    const pinned = withScriptPolicy(page);
    assert.ok(pinned.startsWith(`<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' ${sha('self.__next_f.push([1])')} ${sha(chunks)}"/><script src`));
    assert.equal(withScriptPolicy(pinned), pinned);
  });
});

const foreignContent = (html: string) => foreignContentOf(elementsOf(html, WATCHED));

describe('foreignContent', () => {
  const body = (html: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/site.js?v=0123abcd"></script></head><body>${html}</body></html>`;

  it('passes the scripts Next.js and the layout write', () => {
    assert.deepEqual(foreignContent(page), []);
    assert.deepEqual(
      foreignContent(body('<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\u003c/script\\u003e"])</script>')),
      [],
    );
  });

  it('names every script, policy, frame and object the site did not write', () => {
    assert.deepEqual(
      foreignContent(
        body(
          [
            '<script>alert(1)</script>',
            '<script>self.__next_f.push([1]);alert(1)</script>',
            '<script>self.__next_f.push(alert(1))</script>',
            '<script src="https://evil.test/x.js"></script>',
            '<script type="application/ld+json">{"a":1}</script><script>alert(2)</script>',
            '<SCRIPT>alert(3)</SCRIPT>',
            '<meta http-equiv="refresh" content="0; url=https://evil.test">',
            '<iframe src="https://evil.test"></iframe>',
            '<object data="x.swf"></object>',
            '<embed src="x.swf">',
          ].join(''),
        ),
      ),
      [
        'an inline script the site did not write: "alert(1)"',
        'an inline script the site did not write: "self.__next_f.push([1]);alert(1)"',
        'an inline script the site did not write: "self.__next_f.push(alert(1))"',
        'a script from "https://evil.test/x.js", which the site did not ship',
        'an inline script the site did not write: "alert(2)"',
        'an inline script the site did not write: "alert(3)"',
        '<meta http-equiv="refresh">',
        '<iframe> loading "https://evil.test"',
        '<object> loading "x.swf"',
        '<embed> loading "x.swf"',
      ],
    );
  });

  it('refuses a JSON-LD block that is not data', () => {
    assert.deepEqual(foreignContent(body('<script type="application/ld+json">alert(1)</script>')), [
      'a JSON-LD block that is not JSON: "alert(1)"',
    ]);
  });
});

describe('formActionProblems', () => {
  const policy = (formAction: string) => `default-src 'self'; form-action ${formAction}; frame-ancestors 'none'`;
  const config = (...values: string[]) => ({ headers: values.map((value, i) => ({ source: `/rule-${i}`, headers: [{ key: 'Content-Security-Policy', value }] })) });
  const buttondown = newsletterFrom({ NEWSLETTER_URL: 'https://buttondown.com/api/emails/embed-subscribe/bytes' });

  it("allows forms to post to the site alone, and to the newsletter's origin exactly when one is set", () => {
    assert.deepEqual(formActionProblems(config(policy("'self'")), undefined), []);
    assert.deepEqual(formActionProblems(config(policy("'self' https://buttondown.com")), buttondown), []);
  });

  it('names the rule to change when the policy and the setting disagree', () => {
    assert.deepEqual(formActionProblems(config(policy("'self'"), policy("'self' https://buttondown.com")), buttondown), [
      `vercel.json: the policy for "/rule-0" has form-action 'self'; NEWSLETTER_URL posts to https://buttondown.com, so it must be form-action 'self' https://buttondown.com: change it there`,
    ]);
    assert.match(formActionProblems(config(policy("'self' https://buttondown.com")), undefined)[0], /no NEWSLETTER_URL is set, so it must be form-action 'self'/);
    assert.match(formActionProblems(config(policy("'self' https://evil.test")), buttondown)[0], /has form-action 'self' https:\/\/evil\.test/);
  });

  it("holds this repository's vercel.json to no newsletter", () => {
    assert.deepEqual(formActionProblems(JSON.parse(readFileSync('vercel.json', 'utf8')), undefined), []);
  });
});

describe('newsletterFrom', () => {
  it('reads the provider, and refuses an address that is not https', () => {
    assert.equal(newsletterFrom({}), undefined);
    assert.deepEqual(newsletterFrom({ NEWSLETTER_URL: 'https://us1.list-manage.com/subscribe/post?u=a&id=b', NEWSLETTER_EMAIL_FIELD: 'EMAIL' }), {
      action: 'https://us1.list-manage.com/subscribe/post?u=a&id=b',
      emailField: 'EMAIL',
      origin: 'https://us1.list-manage.com',
    });
    for (const bad of ['http://buttondown.com/x', 'javascript:alert(1)', 'buttondown', 'https://user:pw@buttondown.com/x']) {
      assert.throws(() => newsletterFrom({ NEWSLETTER_URL: bad }), /NEWSLETTER_URL is .*set it to the provider's https subscribe address/, bad);
    }
    assert.throws(() => newsletterFrom({ NEWSLETTER_URL: 'https://x.example/', NEWSLETTER_EMAIL_FIELD: 'e"mail' }), /NEWSLETTER_EMAIL_FIELD/);
    assert.throws(() => newsletterFrom({ NEWSLETTER_URL: 'https://x.example/', NEWSLETTER_EMAIL_FIELD: 'fields[email"]' }), /NEWSLETTER_EMAIL_FIELD/);
  });

  it("accepts the field names providers use: MailerLite's fields[email] too", () => {
    assert.equal(newsletterFrom({ NEWSLETTER_URL: 'https://assets.mailerlite.com/jsonp/1/forms/2/subscribe', NEWSLETTER_EMAIL_FIELD: 'fields[email]' })?.emailField, 'fields[email]');
  });

  it('ends the build at its first step with the setting and the fix, not a stack trace', () => {
    const { status, stderr } = spawnSync('node', ['--import', 'tsx', 'scripts/author/check-content.ts'], {
      encoding: 'utf8',
      env: { ...process.env, NEWSLETTER_URL: 'http://buttondown.example/x' },
    });
    assert.equal(status, 1);
    assert.equal(stderr.trim(), 'Settings: NEWSLETTER_URL is "http://buttondown.example/x": set it to the provider\'s https subscribe address, such as https://buttondown.com/api/emails/embed-subscribe/<username>.');
  });
});
