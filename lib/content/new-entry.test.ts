import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToHtml } from '../markdown';
import { printedFindings } from './check-fixture';
import { parseFrontMatter } from './frontmatter';
import { entrySource, type NewEntry, quotation } from './new-entry';

/** What `npm run check` prints for one entry file. */
const check = (source: string) => printedFindings([{ file: 'content/posts/new.mdx', source }]);

const hostile: NewEntry = {
  title: `"Quotes", colons: and #hashes — {braces} & <b>tags</b>`,
  url: 'https://example.com/a?b=1&c=2#frag',
  date: '2026-05-01',
  description: `- a list? no: a "description" with 'quotes', [brackets] and a trailing colon:`,
  kind: 'paper',
  tags: ['consensus'],
  authors: ['Ada Lovelace', 'Null, Bob'],
  site: 'yes',
  published: '2026-04-30',
  via: 'https://example.org/via',
  commentary: quotation('An {expression}, <script>alert(1)</script>, [a](javascript:x) & *stars*'),
};

describe('entrySource', () => {
  it('writes a file the content check accepts, whose front matter reads back as written', () => {
    const source = entrySource(hostile);
    assert.deepEqual(check(source), []);
    const parsed = parseFrontMatter(source);
    assert.ok(!('error' in parsed));
    const { title, url, date, description, kind, tags, author, site, published, via } = parsed.data;
    const { authors, commentary, ...fields } = hostile;
    assert.deepEqual({ title, url, date, description, kind, tags, author, site, published, via }, { ...fields, author: authors });
    assert.equal(parsed.body.trim(), commentary);
  });

  it('keeps the order the README documents, lists on one line, and the commentary under the front matter', () => {
    const source = entrySource({ ...hostile, authors: ['Ada Lovelace'], commentary: 'Worth reading.\n\n' });
    assert.match(source, /^---\ntitle: .*\nurl: .*\ndate: 2026-05-01\ndescription: .*\nkind: paper\ntags: \[consensus\]\nauthor: Ada Lovelace\nsite: yes\npublished: 2026-04-30\nvia: https:\/\/example.org\/via\n---\n\nWorth reading.\n$/);
  });

  it('leaves an empty line for the commentary when there is none, as npm run new always has', () => {
    assert.match(entrySource({ ...hostile, commentary: undefined }), /\n---\n\n$/);
  });
});

describe('quotation', () => {
  it('quotes the selection so that it renders exactly as it reads', () => {
    const text = 'Raft: {term} <b>not bold</b> *not em* _nor_ [no link](javascript:alert(1)) `no code` &amp; # no heading | no table ~~no strike~~ \\ backslash';
    const html = markdownToHtml(quotation(text));
    assert.equal(html.replace(/<\/?(blockquote|p)>|\n/g, ''), text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/>/g, '>'));
  });

  it('keeps paragraphs, and turns nothing at the start of a line into a list, heading or rule', () => {
    const quoted = quotation('First line\r\n- not a list\n1. not numbered\n===\n\n\n\nSecond paragraph\n---');
    assert.equal(quoted, '> First line\n> \\- not a list\n> 1\\. not numbered\n> \\===\n>\n> Second paragraph\n> \\---');
    const html = markdownToHtml(quoted);
    assert.doesNotMatch(html, /<(ul|ol|li|h1|h2|hr)\b/);
    assert.equal((html.match(/<p>/g) ?? []).length, 2);
  });

  it('turns control characters into spaces, so the check does not refuse the entry', () => {
    assert.equal(quotation('bell\u0007 and\ttab'), '> bell  and tab');
    assert.deepEqual(check(entrySource({ ...hostile, commentary: quotation('esc\u001b[31m red') })), []);
  });

  it('drops invisible direction overrides and zero-width spaces, which the check refuses', () => {
    assert.equal(quotation('txt\u202Eexe and zero\u200Bwidth'), '> txtexe and zerowidth');
  });

  it('is empty for a selection of blanks', () => {
    assert.equal(quotation(' \n\t\n '), '');
  });
});
