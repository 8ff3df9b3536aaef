import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContent } from './check';
import { formatFinding } from './findings';
import { checkReadingList, type EntryState } from './lists';

const entries = new Map<string, EntryState>([
  ['paxos', 'published'],
  ['raft', 'published'],
  ['secret', 'draft'],
  ['tomorrow', 'future'],
]);
const check = (source: string) => checkReadingList('content/lists/start.yml', source, entries).map(formatFinding);
const list = (steps: string) => `title: Start here\ndescription: A path through consensus.\nsteps:\n${steps}`;

describe('a reading list', () => {
  it('passes with published entries, each once, each with a note, in sections', () => {
    assert.deepEqual(check(list('  - section: Why\n  - entry: paxos\n    note: First, the problem.\n  - entry: raft\n    note: Then [the answer](/posts/raft).\n')), []);
  });

  it('refuses an unknown, draft, future or repeated entry, naming file, line and field', () => {
    const source = list(
      ['  - entry: paxoz', '    note: N.', '  - entry: secret', '    note: N.', '  - entry: tomorrow', '    note: N.', '  - entry: raft', '    note: N.', '  - entry: raft', '    note: Again.', ''].join('\n'),
    );
    assert.deepEqual(check(source), [
      'content/lists/start.yml:4 entry: "paxoz" is not an entry of content/posts/: did you mean "paxos"?',
      'content/lists/start.yml:6 entry: "secret" is a draft: a list shows published entries only; add the step once it is published',
      'content/lists/start.yml:8 entry: "tomorrow" is dated in the future: a list shows published entries only; add the step once it is published',
      'content/lists/start.yml:12 entry: "raft" is step 1 already: a list takes each entry once',
    ]);
  });

  it('holds each note to the rules of commentary: no HTML, no expressions, no javascript: links', () => {
    const note = (text: string) => check(list(`  - entry: paxos\n    note: ${JSON.stringify(text)}\n`)).map((line) => line.replace(/ is not allowed.*|, and expressions.*/, ''));
    assert.deepEqual(note('Read <script>alert(1)</script> first.'), ['content/lists/start.yml:5 note: raw HTML <script>', 'content/lists/start.yml:5 note: raw HTML <script>']);
    assert.deepEqual(note('The home is {process.env.HOME}.'), ['content/lists/start.yml:5 note: `{` starts an expression']);
    assert.deepEqual(note('See [x](javascript:alert(1)).'), ['content/lists/start.yml:5 note: a link to a javascript: URL']);
  });

  it('asks for a note, its fields, and text without invisible characters', () => {
    assert.deepEqual(check('title: ""\ndescription: "Over\\u202Ethere"\nauthor: me\nsteps:\n  - entry: paxos\n  - entry: raft\n    note: N.\n    why: x\n'), [
      'content/lists/start.yml:1 title: must be non-empty text',
      'content/lists/start.yml:2 description: holds the invisible character U+202E, which changes how the text reads without showing: delete it',
      'content/lists/start.yml:3 author: is not a field of a reading list: use title, description, steps',
      'content/lists/start.yml:5 note: must say in a line why this step is there',
      'content/lists/start.yml:8 why: is not a field of a step: use entry and note',
    ]);
    assert.deepEqual(check('title: T\ndescription: D\nsteps: []\n'), ['content/lists/start.yml:3 steps: must be a list of steps, each `- entry: <slug>` with a `note:` on why it is there']);
  });

  it('must exist at least once: a static export refuses the lists\' routes with no list to render', () => {
    const input = { posts: [], pages: [], vocabulary: { file: 'content/tags.yml', source: 'tags: []\n' }, publicPaths: [], today: '2026-12-01', siteUrl: 'https://x.example', pageSize: 10 };
    assert.match(checkContent({ ...input, lists: [] }).map(formatFinding).join('\n'), /^content\/lists\/ holds no reading list: add one/m);
  });
});
