import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Page, Post } from '../../contentlayer.config';
import { checkContentFile } from './check';
import { formatFinding } from './findings';
import { parseFrontMatter } from './frontmatter';
import { PAGE_FIELD_NAMES, POST_FIELD_NAMES, validatePost } from './validation';

const valid = {
  title: 'Consensus Board Game',
  url: 'https://matklad.github.io/2026/03/19/consensus-board-game.html',
  date: '2026-03-20',
  description: 'Pictures for Paxos.',
};

const fieldsOf = (post: Record<string, unknown>) => validatePost(post).map((finding) => finding.field);

describe('validatePost', () => {
  it('accepts a complete entry and one with every optional field', () => {
    assert.deepEqual(validatePost(valid), []);
    assert.deepEqual(
      validatePost({
        ...valid,
        kind: 'paper',
        tags: ['consensus', 'tla-plus'],
        author: ['Leslie Lamport', 'Someone Else'],
        site: 'matklad.github.io',
        published: '2026-03-19',
        via: { name: 'Lobsters', url: 'https://lobste.rs/s/x' },
        draft: true,
      }),
      [],
    );
  });

  it('names every missing required field at once', () => {
    assert.deepEqual(fieldsOf({}), ['title', 'url', 'date', 'description']);
    assert.deepEqual(fieldsOf({ ...valid, title: '  ' }), ['title']);
  });

  it('refuses URLs that are not absolute http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/posts/x', 'not a url', 'mailto:a@b.c']) {
      assert.deepEqual(fieldsOf({ ...valid, url }), ['url'], url);
    }
  });

  it('refuses impossible days in date and published', () => {
    assert.deepEqual(fieldsOf({ ...valid, date: '2026-02-30' }), ['date']);
    assert.deepEqual(fieldsOf({ ...valid, published: '2026-13-01' }), ['published']);
  });

  it('refuses an unknown kind', () => {
    const [finding] = validatePost({ ...valid, kind: 'blog' });
    assert.equal(finding.field, 'kind');
    assert.match(finding.message, /article, paper, video/);
  });

  it('refuses tags that are not lowercase slugs, and repeated tags', () => {
    for (const tags of [['Formal Methods'], ['TLA+'], ['formal_methods'], ['-x'], ['aws', 'aws'], 'aws']) {
      assert.deepEqual(fieldsOf({ ...valid, tags }), ['tags'], JSON.stringify(tags));
    }
  });

  it('suggests the field a typo meant', () => {
    const findings = validatePost({ url: valid.url, date: valid.date, description: valid.description, titel: 'x' });
    assert.deepEqual(findings.map((f) => f.field), ['title', 'titel']);
    assert.match(findings[1].message, /did you mean "title"/);
  });

  it('refuses a description too long for a card', () => {
    assert.deepEqual(fieldsOf({ ...valid, description: 'x'.repeat(401) }), ['description']);
    assert.deepEqual(fieldsOf({ ...valid, description: 'x'.repeat(400) }), []);
  });

  it('refuses a URL with a user name or control characters, in url, via and archive alike; a space inside only in url', () => {
    assert.deepEqual(fieldsOf({ ...valid, url: 'https://example.com/a b' }), []);
    assert.deepEqual(fieldsOf({ ...valid, via: { name: 'X', url: 'https://example.com/a b' } }), ['via']);
    for (const url of ['https://example.com@evil.test/x', 'https://user:pass@example.com/', 'https://example.com/a\tb', 'https://example.com/\u0001', ' https://example.com/']) {
      assert.deepEqual(fieldsOf({ ...valid, url }), ['url'], url);
      assert.deepEqual(fieldsOf({ ...valid, via: { name: 'X', url } }), ['via'], url);
      assert.deepEqual(fieldsOf({ ...valid, archive: url }), ['archive'], url);
    }
  });

  it('takes an archive only on a page of a web archive', () => {
    for (const archive of ['https://web.archive.org/web/2025/https://example.com/a', 'https://archive.ph/AbCdE', 'https://ghostarchive.org/archive/x1']) {
      assert.deepEqual(fieldsOf({ ...valid, archive }), [], archive);
    }
    for (const archive of ['https://evil.test/web.archive.org/x', 'https://web.archive.org/', 'https://web.archive.org.evil.test/x', 'javascript:alert(1)']) {
      const [finding] = validatePost({ ...valid, archive });
      assert.equal(finding?.field, 'archive', archive);
    }
    assert.match(validatePost({ ...valid, archive: 'https://evil.test/x' })[0].message, /must be a page of a web archive \(web\.archive\.org, /);
  });

  it('refuses control characters in every text field, naming the character', () => {
    const texts = { title: 'A\u0001B', description: 'Form\u000Cfeed', site: 'Site\u007F', author: ['Ada', 'Esc\u001B'], via: 'Bell\u0007' };
    for (const [field, value] of Object.entries(texts)) {
      const findings = validatePost({ ...valid, [field]: value });
      assert.deepEqual(findings.map((finding) => finding.field), [field], field);
    }
    assert.equal(validatePost({ ...valid, title: 'A\u0001B' })[0].message, 'holds the control character U+0001, which readers cannot see and feeds cannot carry: delete it');
    assert.match(validatePost({ ...valid, title: 'Two\nlines' })[0].message, /holds a line break: write it on one line/);
    // Invisible formatting that changes how text reads: a direction override, a zero-width space.
    for (const [field, value] of Object.entries({ title: 'txt\u202Eexe.pdf', site: 'Zero\u200Bwidth', description: 'Isolate \u2066x\u2069.' })) {
      assert.deepEqual(fieldsOf({ ...valid, [field]: value }), [field], field);
    }
    assert.equal(validatePost({ ...valid, title: 'txt\u202Eexe' })[0].message, 'holds the invisible character U+202E, which changes how the text reads without showing: delete it');
    // What scripts and emoji need stays: joiners and directional marks.
    assert.deepEqual(fieldsOf({ ...valid, title: 'Family 👩\u200D👩\u200D👧 and می\u200Cخواهم \u200Fאב' }), []);
    // YAML's folded `>` ends a value with one line feed: that is not in the text.
    assert.deepEqual(fieldsOf({ ...valid, description: 'Folded.\n' }), []);
  });

  it('refuses a title too long for a heading', () => {
    assert.deepEqual(fieldsOf({ ...valid, title: 'x'.repeat(301) }), ['title']);
    assert.deepEqual(fieldsOf({ ...valid, title: 'x'.repeat(300) }), []);
  });

  it('checks the shape of author, via and draft', () => {
    assert.deepEqual(fieldsOf({ ...valid, author: [] }), ['author']);
    assert.deepEqual(fieldsOf({ ...valid, via: 'javascript://x' }), ['via']);
    assert.deepEqual(fieldsOf({ ...valid, via: { site: 'x' } }), ['via']);
    assert.deepEqual(fieldsOf({ ...valid, draft: 'yes' }), ['draft']);
  });
});

describe('checkContentFile', () => {
  const file = (frontMatter: string, body = '') => `---\n${frontMatter}\n---\n${body}`;
  const good = `title: T\nurl: https://example.com\ndate: 2026-01-01\ndescription: D`;

  it('names the file, the line and the field of each problem', () => {
    const source = file(`title: T\nurl: javascript:alert(1)\ndate: 2026-02-30\ndescription: D`);
    const lines = checkContentFile('content/posts/x.mdx', source, 'post').map(formatFinding);
    assert.deepEqual(lines, [
      'content/posts/x.mdx:3 url: must be an absolute http:// or https:// URL, got "javascript:alert(1)"',
      'content/posts/x.mdx:4 date: must be a real day written YYYY-MM-DD, got "2026-02-30"',
    ]);
  });

  it('keeps dates as written instead of letting YAML roll 30 February over to March', () => {
    const parsed = parseFrontMatter(file(`date: 2026-02-30`));
    assert.ok('data' in parsed);
    assert.equal(parsed.data.date, '2026-02-30');
  });

  it('reports broken YAML and missing front matter with a line', () => {
    const [broken] = checkContentFile('content/posts/x.mdx', file(`title: T\nurl: [unclosed\ndate: 2026-01-01`), 'post');
    // One line number, the file's: the parser's own count starts after the opening `---`.
    assert.equal(
      formatFinding(broken),
      'content/posts/x.mdx:4 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    const [missing] = checkContentFile('content/posts/x.mdx', 'Just text', 'post');
    assert.equal(missing.line, 1);
  });

  it('refuses front matter in another language than YAML, which gray-matter would run as code', () => {
    for (const opening of ['---js', '---javascript', '--- js', '---coffee']) {
      const [finding] = checkContentFile('content/posts/x.mdx', `${opening}\n{ title: require('fs').readFileSync('/etc/passwd', 'utf8') }\n---\n`, 'post');
      assert.equal(finding.line, 1);
      assert.match(finding.message, /^front matter is YAML only, not "(js|javascript|coffee)": make the first line `---` alone/, opening);
    }
  });

  it('accepts a file saved with a byte-order mark, as Contentlayer does', () => {
    assert.deepEqual(checkContentFile('content/posts/x.mdx', `\uFEFF${file(good, '\nText.\n')}`, 'post'), []);
    const parsed = parseFrontMatter(`\uFEFF${file(good)}`);
    assert.ok('data' in parsed);
    assert.equal(parsed.data.title, 'T');
    assert.equal(parsed.lines.url, 3);
  });

  it('refuses a repeated field', () => {
    const [finding] = checkContentFile('content/posts/x.mdx', file(`${good}\ntitle: Again`), 'post');
    assert.match(finding.message, /invalid YAML/);
  });

  it('refuses a file name that is not a slug', () => {
    const [finding] = checkContentFile('content/posts/My Post.mdx', file(good), 'post');
    assert.equal(finding.field, 'file name');
  });

  it('accepts a valid entry', () => {
    assert.deepEqual(checkContentFile('content/posts/x.mdx', file(good, '\nSome *commentary*.\n'), 'post'), []);
  });
});

describe('the validator and Contentlayer', () => {
  it('know the same fields, so neither accepts what the other refuses', () => {
    assert.deepEqual(Object.keys(Post.def().fields ?? {}).sort(), [...POST_FIELD_NAMES].sort());
    assert.deepEqual(Object.keys(Page.def().fields ?? {}).sort(), [...PAGE_FIELD_NAMES].sort());
  });
});
