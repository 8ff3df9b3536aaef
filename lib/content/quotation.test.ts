import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentFile } from './check';
import { printedFindings } from './check-fixture';

const quotation = (slug: string, lines: string[], body = ''): ContentFile => ({
  file: `content/posts/${slug}.mdx`,
  source: `---\n${lines.join('\n')}\n---\n${body}`,
});

const LAMPORT = [
  'quote: |',
  '  If you are thinking without writing, you only think you are thinking.',
  'by: Leslie Lamport',
  'url: https://example.com/talk',
  'date: 2026-03-01',
  'context: in a talk at Microsoft Research',
  'tags: [formal-methods]',
];

describe('a quotation entry', () => {
  it('needs the words, who said them and where, and nothing else of a link', () => {
    assert.deepEqual(printedFindings([quotation('lamport', LAMPORT)]), []);
  });

  it('is refused without a person, naming the file, line and field', () => {
    assert.deepEqual(printedFindings([quotation('lamport', LAMPORT.filter((line) => !line.startsWith('by:')))]), [
      'content/posts/lamport.mdx by: is required for a quotation: who said or wrote the words',
    ]);
  });

  it('is refused without words: a person or context alone belongs to a quotation', () => {
    const lines = LAMPORT.filter((line) => !line.startsWith('quote:') && !line.startsWith('  If'));
    const findings = printedFindings([quotation('lamport', [...lines, 'title: T', 'description: D.'])]);
    assert.deepEqual(findings, [
      'content/posts/lamport.mdx:2 by: is for a quotation: add the quoted words as `quote:`, or delete this line',
      'content/posts/lamport.mdx:5 context: is for a quotation: add the quoted words as `quote:`, or delete this line',
    ]);
    assert.match(printedFindings([quotation('lamport', ['quote: ""', ...LAMPORT.slice(2)])])[0], /^content\/posts\/lamport\.mdx:2 quote: must be non-empty text/);
  });

  it('is refused over 1,500 characters, or with control characters in the words, the person or the context', () => {
    const long = ['quote: |', `  ${'word '.repeat(301)}`, ...LAMPORT.slice(2)];
    assert.match(printedFindings([quotation('lamport', long)])[0], /^content\/posts\/lamport\.mdx:2 quote: is 1506 characters long; quote at most 1500/);
    const bell = ['quote: "Bell\\u0007"', 'by: "Ada\\u0085"', ...LAMPORT.slice(3, 5), 'context: "in\\u0007 a talk"'];
    assert.deepEqual(
      printedFindings([quotation('lamport', bell)]).map((line) => line.replace(/, which .*$/, '')),
      ['content/posts/lamport.mdx:2 quote: holds the control character U+0007', 'content/posts/lamport.mdx:3 by: holds the control character U+0085', 'content/posts/lamport.mdx:6 context: holds the control character U+0007'],
    );
  });

  it('is refused with invisible formatting in the words, the person or the context', () => {
    const hidden = ['quote: "Words\u202E reversed"', 'by: "Ada\u200B"', ...LAMPORT.slice(3, 5), 'context: "in\u2066 a talk"'];
    assert.deepEqual(
      printedFindings([quotation('lamport', hidden)]).map((line) => line.replace(/, which .*$/, '')),
      ['content/posts/lamport.mdx:2 quote: holds the invisible character U+202E', 'content/posts/lamport.mdx:3 by: holds the invisible character U+200B', 'content/posts/lamport.mdx:6 context: holds the invisible character U+2066'],
    );
  });

  it('holds its words to the rules of commentary: no HTML, no expressions, no javascript: links', () => {
    const hostile = ['quote: |', '  Words {process.env.HOME} and <script>alert(1)</script>', '  and [a link](javascript:alert(1)).', ...LAMPORT.slice(2)];
    assert.deepEqual(
      printedFindings([quotation('lamport', hostile)]).map((line) => line.replace(/ is not allowed.*| are not run.*|, and expressions.*/, '')),
      [
        'content/posts/lamport.mdx:3 quote: `{` starts an expression',
        // The opening and the closing tag, as in commentary.
        'content/posts/lamport.mdx:3 quote: raw HTML <script>',
        'content/posts/lamport.mdx:3 quote: raw HTML <script>',
        'content/posts/lamport.mdx:4 quote: a link to a javascript: URL',
      ],
    );
  });

  it('names the line of a folded quotation as written, and the line a quoted one starts on, where YAML unescaped it', () => {
    const folded = ['tags: [formal-methods]', 'quote: >', '  Plain words on one line,', '  then more.', '', '  A second paragraph', '  with [a link](javascript:alert(1)).', ...LAMPORT.slice(2, 6)];
    assert.deepEqual(printedFindings([quotation('lamport', folded)]).map((line) => line.replace(/ is not allowed.*/, '')), ['content/posts/lamport.mdx:8 quote: a link to a javascript: URL']);
    const quoted = ['tags: [formal-methods]', 'quote: "First line.\\n\\nThen [a link](javascript:alert(1))."', ...LAMPORT.slice(2, 6)];
    assert.deepEqual(printedFindings([quotation('lamport', quoted)]).map((line) => line.replace(/ is not allowed.*/, '')), ['content/posts/lamport.mdx:3 quote: a link to a javascript: URL']);
  });

  it('may quote a page already shared as a link', () => {
    const link = quotation('the-talk', ['title: The Talk', 'url: https://example.com/talk', 'date: 2026-02-01', 'description: A talk.']);
    assert.deepEqual(printedFindings([link, quotation('lamport', LAMPORT)]), []);
  });
});
