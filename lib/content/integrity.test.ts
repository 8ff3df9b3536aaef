import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContent, type ContentFile, type ContentInput } from './check';
import { printedFindings, VOCABULARY as vocabulary } from './check-fixture';
import { formatFinding } from './findings';
import { canonicalUrl } from './integrity';
import { parseVocabulary, suggestTag } from './tags';

function post(slug: string, fields: Record<string, string>, body = '\nCommentary.\n'): ContentFile {
  const front = {
    title: `Title of ${slug}`,
    url: `https://example.com/${slug}`,
    date: '2026-03-01',
    description: 'One sentence.',
    tags: '[consensus]',
    ...fields,
  };
  const lines = Object.entries(front).map(([key, value]) => `${key}: ${value}`);
  return { file: `content/posts/${slug}.mdx`, source: `---\n${lines.join('\n')}\n---\n${body}` };
}

const about: ContentFile = { file: 'content/pages/about.mdx', source: '---\ntitle: About\ndescription: What this is.\n---\nHello.\n' };

const check = (posts: ContentFile[], overrides: Partial<ContentInput> = {}) =>
  printedFindings(posts, { pages: [about], publicPaths: ['/favicon.ico'], siteUrl: 'https://bytes.example', ...overrides });

describe('canonicalUrl', () => {
  it('gives every spelling of one page the same form', () => {
    const forms = [
      'https://www.example.com/a/',
      'http://example.com/a',
      'https://example.com/a#section',
      'https://example.com/a?utm_source=x&utm_medium=y',
      'https://example.com/a?ref=lobsters',
    ].map(canonicalUrl);
    assert.deepEqual(new Set(forms), new Set(['example.com/a']));
  });

  it('keeps what distinguishes two pages', () => {
    assert.notEqual(canonicalUrl('https://example.com/a?id=1'), canonicalUrl('https://example.com/a?id=2'));
    assert.notEqual(canonicalUrl('https://example.com/a'), canonicalUrl('https://example.com/b'));
    assert.equal(canonicalUrl('https://example.com/a?b=2&a=1'), canonicalUrl('https://example.com/a?a=1&b=2'));
  });
});

describe('checkContent', () => {
  it('passes a clean corpus with internal links to real pages', () => {
    const linking = post('b', {}, '\nSee [a](/posts/a), [the tag](/tags/consensus), [about](/about), [feed](/feed.xml) and [icon](/favicon.ico).\n');
    assert.deepEqual(check([post('a', {}), linking]), []);
  });

  it('finds the same link shared twice, however it is spelled, and names the first entry', () => {
    const findings = check([
      post('a', { url: 'https://www.example.com/paper/' }),
      post('b', { url: 'http://example.com/paper?utm_source=twitter#top' }),
    ]);
    assert.deepEqual(findings, [
      'content/posts/b.mdx:3 url: links to the same page as content/posts/a.mdx; keep one entry (add anything new to its commentary) or change this one',
    ]);
  });

  it('lets two links share a title, and notes the same title from one site, ignoring case and spacing', () => {
    assert.deepEqual(check([post('a', { title: 'Python 3.0', url: 'https://python.org/3.0' }), post('b', { title: 'Python 3.0', url: 'https://lwn.net/python' })]), []);
    const findings = check([post('a', { title: 'Paxos Made Simple', url: 'https://example.com/a' }), post('b', { title: 'paxos  made simple', url: 'https://www.example.com/b' })]);
    assert.deepEqual(findings, [
      'content/posts/b.mdx:2 notice: title: has the same title on the same site as content/posts/a.mdx; keep one entry (add anything new to its commentary) or change this one',
    ]);
  });

  it('notes a future date without failing: the entry waits like a draft', () => {
    const findings = checkContent({
      posts: [post('a', { date: '2026-07-01' })],
      pages: [about],
      vocabulary,
      publicPaths: [],
      today: '2026-06-01',
      siteUrl: 'https://bytes.example',
      pageSize: 10,
    });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].level, 'notice');
    assert.equal(
      formatFinding(findings[0]),
      'content/posts/a.mdx:4 notice: date: 2026-07-01 is after today (2026-06-01): the entry stays off the site, like a draft, until that day',
    );
  });

  it('refuses tags outside the vocabulary, suggesting the nearest', () => {
    const findings = check([post('a', { tags: '[consensos, formal-method, quantum]' })]);
    assert.deepEqual(findings, [
      'content/posts/a.mdx:6 tags: "consensos" is not in content/tags.yml: did you mean "consensus"? A new tag needs a name, title and description there.',
      'content/posts/a.mdx:6 tags: "formal-method" is not in content/tags.yml: did you mean "formal-methods"? A new tag needs a name, title and description there.',
      'content/posts/a.mdx:6 tags: "quantum" is not in content/tags.yml. A new tag needs a name, title and description there.',
    ]);
  });

  it('suggests the lowercase tag for one written in capitals, once', () => {
    assert.deepEqual(check([post('a', { tags: '[AWS]' })]), ['content/posts/a.mdx:6 tags: "AWS" is not a tag: use lowercase words joined by hyphens: did you mean "aws"?']);
    assert.deepEqual(check([post('a', { tags: '[Formal Methods]' })]), [
      'content/posts/a.mdx:6 tags: "Formal Methods" is not a tag: use lowercase words joined by hyphens: did you mean "formal-methods"?',
    ]);
  });

  it('blames the newer of two entries with the same title or link, whatever their file names', () => {
    const older = post('on-idempotency-keys', { title: 'On idempotency keys', url: 'https://example.com/keys', date: '2026-03-01' });
    const newer = post('on-idempotency-keys-2', { title: 'On idempotency keys', url: 'https://example.com/keys', date: '2026-04-01' });
    const sameDay = post('on-idempotency-keys-3', { title: 'On idempotency keys', date: '2026-03-01' });
    assert.deepEqual(check([newer, older]), [
      'content/posts/on-idempotency-keys-2.mdx:2 notice: title: has the same title on the same site as content/posts/on-idempotency-keys.mdx; keep one entry (add anything new to its commentary) or change this one',
      'content/posts/on-idempotency-keys-2.mdx:3 url: links to the same page as content/posts/on-idempotency-keys.mdx; keep one entry (add anything new to its commentary) or change this one',
    ]);
    assert.match(check([sameDay, older])[0], /^content\/posts\/on-idempotency-keys-3\.mdx:2 notice: title: has the same title on the same site as content\/posts\/on-idempotency-keys\.mdx/);
  });

  it('finds an image that is not a file in public/, saying where to save it', () => {
    assert.deepEqual(check([post('a', {}, '\n![A diagram](/images/diagram.png) and ![icon](/favicon.ico)\n')]), [
      'content/posts/a.mdx:9 commentary: shows /images/diagram.png, which is not a file in public/: save the image as public/images/diagram.png (or correct the path)',
    ]);
    assert.deepEqual(check([post('a', {}, '\n![A diagram](/images/diagram.png)\n')], { publicPaths: ['/images/diagram.png'] }), []);
  });

  it('refuses a link whose percent-encoding is broken, with its line, instead of crashing', () => {
    const findings = check([post('a', {}, '\nSee [x](/posts/caf%E9) and [y](/posts/a%C3%A9).\n')]);
    assert.equal(findings.length, 2);
    assert.match(findings[0], /^content\/posts\/a\.mdx:9 commentary: links to \/posts\/caf%E9, whose percent-encoding is broken .*encode them as UTF-8$/);
    assert.match(findings[1], /^content\/posts\/a\.mdx:9 commentary: links to \/posts\/a%C3%A9, which is not a page of this site/);
  });

  it('refuses an empty description and one over 400 characters', () => {
    const findings = check([post('a', { description: '""' }), post('b', { description: 'x'.repeat(401) })]);
    assert.deepEqual(findings, [
      'content/posts/a.mdx:5 description: must be non-empty text',
      'content/posts/b.mdx:5 description: is 401 characters long; keep it to one or two sentences (at most 400)',
    ]);
  });

  it('finds commentary links to pages the build will not produce, with their lines', () => {
    const body = '\nFirst line.\n\nSee [this](/posts/missing) and [that](https://bytes.example/tags/nothing).\n\n[ref]: /posts/draft-one\n';
    const draft = post('draft-one', { draft: 'true', title: 'Draft', url: 'https://example.com/d' });
    const findings = check([post('a', {}, body), draft]);
    assert.deepEqual(
      findings.map((line) => line.split(', which')[0]),
      ['content/posts/a.mdx:11 commentary: links to /posts/missing', 'content/posts/a.mdx:11 commentary: links to /tags/nothing', 'content/posts/a.mdx:13 commentary: links to /posts/draft-one'],
    );
  });

  it('reports every problem of every file at once', () => {
    const findings = check([post('a', { url: 'javascript:alert(1)', tags: '[nope]' }), post('b', { date: '2026-02-30' })]);
    assert.equal(findings.length, 3);
  });
});

describe('the tag vocabulary', () => {
  it('reads names, titles and descriptions', () => {
    const { tags, findings } = parseVocabulary(vocabulary.file, vocabulary.source);
    assert.deepEqual(findings, []);
    assert.deepEqual(tags[0], { name: 'consensus', title: 'Consensus', description: 'Agreeing despite failures.' });
  });

  it('names a tag without a description, a bad name and a repeated one, with lines', () => {
    const source = 'tags:\n  - name: a\n    title: A\n  - name: Bad Name\n    title: B\n    description: b\n  - name: a\n    title: A\n    description: a\n';
    assert.deepEqual(parseVocabulary('t.yml', source).findings.map(formatFinding), [
      't.yml:2 description: tag "a" needs a description, shown on its page',
      't.yml:4 name: "Bad Name" is not a tag name: use lowercase words joined by hyphens, such as formal-methods',
    ]);
    const digits = 'tags:\n  - { name: "2005", title: The year 2005, description: a }\n  - { name: http2, title: HTTP/2, description: b }\n  - { name: 1999, title: T, description: c }\n';
    assert.deepEqual(parseVocabulary('t.yml', digits).findings.map(formatFinding), ['t.yml:4 name: 1999 is read as a number: write the name in quotes, "1999"']);
    assert.deepEqual(check([post('a', { tags: '["2005", http2]' })], { vocabulary: { file: 'content/tags.yml', source: digits.replace(/\n  - \{ name: 1999.*\n/, '\n') } }), []);
    assert.deepEqual(check([post('a', { tags: '[2005]' })]), ['content/posts/a.mdx:6 tags: 2005 is read as a number: write the tag in quotes, ["2005"]']);
    const repeated = 'tags:\n  - { name: a, title: A, description: a }\n  - { name: a, title: A, description: a }\n';
    assert.deepEqual(parseVocabulary('t.yml', repeated).findings.map(formatFinding), ['t.yml:3 name: "a" is listed twice (first on line 2): keep one']);
  });

  it('refuses control characters in a title or description, which the tag page and feed show', () => {
    const source = 'tags:\n  - name: a\n    title: "A\\u0007"\n    description: "Two\\nlines"\n';
    assert.deepEqual(parseVocabulary('t.yml', source).findings.map(formatFinding), [
      't.yml:2 title: holds the control character U+0007, which readers cannot see and feeds cannot carry: delete it',
      't.yml:2 description: holds a line break: write it on one line (a long value can be folded with `>-`)',
    ]);
  });

  it('suggests only near tags', () => {
    assert.equal(suggestTag('databse', ['databases', 'consensus']), 'databases');
    assert.equal(suggestTag('consensuses', ['consensus']), 'consensus');
    assert.equal(suggestTag('quantum', ['databases', 'consensus']), undefined);
    assert.equal(suggestTag('AWS', ['aws', 'consensus']), 'aws');
    assert.equal(suggestTag('Databse', ['databases', 'consensus']), 'databases');
  });
});
