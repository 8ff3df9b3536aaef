import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalTags, tagRedirects } from '../tag-vocabulary';
import { checkContent } from './check';
import { formatFinding } from './findings';
import { mergeInVocabulary, renameInVocabulary, retagEntry, withTagRedirects } from './retag';
import { parseVocabulary, tagRedirectProblems } from './tags';

const VOCABULARY = `# The vocabulary.
tags:
  - name: tla-plus
    title: TLA+
    description: The specification language.
    aliases: [tlaplus]
  - name: tla
    title: TLA
    description: The same, written short.
  - name: consensus
    title: Consensus
    description: Agreeing.
`;

const entry = (tags: string) => `---\ntitle: "A {title}"\nurl: https://example.com/a\ndate: 2026-03-01\ndescription: Words.\ntags: ${tags}\n---\n\nCommentary with tags: [tla].\n`;

describe('the tag vocabulary’s other names', () => {
  it('are read from aliases, renamed-from and merged-into, each standing for one tag', () => {
    const source = `tags:\n  - name: tla-plus\n    title: TLA+\n    description: D.\n    aliases: [tlaplus]\n    renamed-from: tla-spec\n  - name: tla\n    merged-into: tla-plus\n`;
    const { tags, otherNames, findings } = parseVocabulary('t.yml', source);
    assert.deepEqual(findings, []);
    assert.deepEqual(tags.map(({ name }) => name), ['tla-plus']);
    assert.deepEqual([...otherNames], [['tlaplus', 'tla-plus'], ['tla-spec', 'tla-plus'], ['tla', 'tla-plus']]);
    assert.deepEqual(canonicalTags(['tla', 'tla-plus', 'consensus'], otherNames), ['tla-plus', 'consensus']);
  });

  it('are refused, naming file, line and field, when they clash or point nowhere', () => {
    const source = [
      'tags:',
      '  - name: a',
      '    title: A',
      '    description: D.',
      '    aliases: [b, "Not A Slug"]',
      '  - name: b',
      '    title: B',
      '    description: D.',
      '    renamed-from: [c]',
      '  - name: d',
      '    title: D',
      '    description: D.',
      '    aliases: [c]',
      '  - name: e',
      '    merged-into: nowhere',
      '  - name: f',
      '    merged-into: a',
      '    title: F',
      '',
    ].join('\n');
    assert.deepEqual(parseVocabulary('t.yml', source).findings.map(formatFinding), [
      't.yml:2 aliases: must be a list of tag names, such as [tla]',
      't.yml:16 title: a tag merged into another has only name and merged-into: delete title',
      't.yml:10 aliases: "c" already stands for "b": a name can stand for one tag only',
      't.yml:14 merged-into: "nowhere" is not a tag of this file: merge "e" into one that is',
    ]);
    const own = parseVocabulary('t.yml', 'tags:\n  - name: a\n    title: A\n    description: D.\n    aliases: [b]\n  - name: b\n    title: B\n    description: D.\n');
    assert.match(own.findings.map(formatFinding)[0], /^t\.yml:2 aliases: "b" is a tag of its own: .*npm run tags -- merge b a/);
  });

  it('may be used by entries, with a notice naming the tag pages show', () => {
    const findings = checkContent({
      posts: [{ file: 'content/posts/a.mdx', source: entry('[tlaplus]') }],
      pages: [],
      vocabulary: { file: 'content/tags.yml', source: VOCABULARY },
      publicPaths: [],
      today: '2026-12-01',
      siteUrl: 'https://bytes.example',
      pageSize: 10,
    }).map(formatFinding);
    assert.deepEqual(findings, ['content/posts/a.mdx:6 notice: tags: "tlaplus" is another name of "tla-plus" in content/tags.yml, which pages show: write "tla-plus"']);
  });

  it("need vercel.json's permanent redirects of their old pages, later pages and feeds, and nothing else under /tags/", () => {
    const { otherNames } = parseVocabulary('t.yml', VOCABULARY);
    assert.deepEqual(tagRedirects(otherNames), [
      { source: '/tags/tlaplus', destination: '/tags/tla-plus', permanent: true },
      { source: '/tags/tlaplus/page/:page', destination: '/tags/tla-plus', permanent: true },
      { source: '/tags/tlaplus/feed.xml', destination: '/tags/tla-plus/feed.xml', permanent: true },
    ]);
    const routes = (redirects: unknown[]) => ({ file: 'vercel.json', source: JSON.stringify({ cleanUrls: true, redirects }) });
    assert.deepEqual(tagRedirectProblems(routes(tagRedirects(otherNames)), otherNames), []);
    const stray = { source: '/tags/consensus', destination: 'https://evil.example/', permanent: true };
    assert.deepEqual(tagRedirectProblems(routes([...tagRedirects(otherNames).slice(1), stray]), otherNames).map(formatFinding), [
      'vercel.json redirects: lacks /tags/tlaplus → /tags/tla-plus: run `npm run tags -- redirects` to write them from content/tags.yml',
      'vercel.json redirects: has /tags/consensus → https://evil.example/, which no other name in content/tags.yml needs: run `npm run tags -- redirects` to write them from content/tags.yml',
    ]);
  });
});

describe('npm run tags', () => {
  it('renames a tag, keeping its old name as renamed-from, and rewrites only that tag of an entry', () => {
    const renamed = renameInVocabulary(VOCABULARY, 'consensus', 'agreement');
    assert.match(renamed, /^# The vocabulary\./);
    assert.match(renamed, / {2}- name: agreement\n {4}title: Consensus\n {4}description: Agreeing\.\n {4}renamed-from: \[consensus\]\n/);
    assert.equal(retagEntry(entry('[consensus, tla]'), 'consensus', 'agreement'), entry('[agreement, tla]'));
    assert.equal(retagEntry(entry('[tla]'), 'consensus', 'agreement'), undefined);
    assert.throws(() => renameInVocabulary(VOCABULARY, 'consensus', 'tla'), /"tla" is a tag already: merge the two with `npm run tags -- merge consensus tla`/);
    assert.throws(() => renameInVocabulary(VOCABULARY, 'nothing', 'x'), /"nothing" is not a tag/);
  });

  it('merges a tag into another: the old one points at it, its other names move, an entry holds the tag once', () => {
    const merged = mergeInVocabulary(VOCABULARY, 'tla', 'tla-plus');
    const { tags, otherNames, findings } = parseVocabulary('t.yml', merged);
    assert.deepEqual(findings, []);
    assert.deepEqual(tags.map(({ name }) => name), ['tla-plus', 'consensus']);
    assert.equal(otherNames.get('tla'), 'tla-plus');
    assert.equal(retagEntry(entry('[tla, tla-plus, consensus]'), 'tla', 'tla-plus'), entry('[tla-plus, consensus]'));
  });

  it("writes vercel.json's tag redirects and keeps every other setting", () => {
    const routes = `${JSON.stringify({ cleanUrls: true, headers: [], redirects: [{ source: '/old', destination: '/new', permanent: true }, { source: '/tags/gone', destination: '/tags/x', permanent: true }] }, null, 2)}\n`;
    const written = JSON.parse(withTagRedirects(routes, VOCABULARY));
    assert.deepEqual(written.redirects, [{ source: '/old', destination: '/new', permanent: true }, ...tagRedirects(new Map([['tlaplus', 'tla-plus']]))]);
    assert.equal(written.cleanUrls, true);
  });
});
