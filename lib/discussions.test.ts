import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printedFindings } from './content/check-fixture';
import { discussionSite, discussionsOf } from './discussions';

const entry = (discussions: string) => ({
  file: 'content/posts/raft.mdx',
  source: `---\ntitle: Raft\nurl: https://raft.github.io/\ndate: 2026-03-01\ndescription: Consensus.\ndiscussions: ${discussions}\n---\n`,
});

describe('discussions', () => {
  it('are named by their site: Hacker News, Lobsters, a subreddit, or the host', () => {
    assert.equal(discussionSite('https://news.ycombinator.com/item?id=1'), 'Hacker News');
    assert.equal(discussionSite('https://lobste.rs/s/abc123'), 'Lobsters');
    assert.equal(discussionSite('https://www.reddit.com/r/programming/comments/x/y/'), 'Reddit r/programming');
    assert.equal(discussionSite('https://old.reddit.com/'), 'Reddit');
    assert.equal(discussionSite('https://www.example.org/forum/1'), 'example.org');
  });

  it('are checked like every other field, naming file, line and the fix', () => {
    assert.deepEqual(printedFindings([entry('[https://news.ycombinator.com/item?id=1, { url: https://lobste.rs/s/abc, title: On Raft, comments: 3, recorded: 2026-03-02 }]')]), []);
    assert.deepEqual(printedFindings([entry('[javascript:alert(1)]')]), ['content/posts/raft.mdx:6 discussions: thread 1 must be an absolute http:// or https:// URL, got "javascript:alert(1)"']);
    assert.match(printedFindings([entry(`[${Array.from({ length: 6 }, (_, i) => `https://e.org/${i}`).join(', ')}]`)])[0], /discussions: lists 6 threads: keep the 5 most discussed/);
    assert.match(printedFindings([entry('[{ url: https://e.org/1, comments: -1 }]')])[0], /thread 1 comments must be a whole number from 0 to 1,000,000, as the thread showed it, got -1/);
    assert.match(printedFindings([entry('[{ url: https://e.org/1, votes: 3 }]')])[0], /thread 1 has unknown keys votes: use url, title, comments and recorded/);
    assert.match(printedFindings([entry('[{ url: https://e.org/1, title: "A\\u0007" }]')])[0], /thread 1 holds the control character U\+0007/);
  });

  it('refuse counts no thread has, days to come, and a thread listed twice', () => {
    for (const count of ['1e300', '9007199254740993', '1.5', '1000001']) {
      assert.match(printedFindings([entry(`[{ url: https://e.org/1, comments: ${count} }]`)])[0] ?? '', /thread 1 comments must be a whole number from 0 to 1,000,000/, count);
    }
    assert.deepEqual(printedFindings([entry('[{ url: https://e.org/1, comments: 1000000 }]')]), []);
    assert.match(printedFindings([entry('[{ url: https://e.org/1, recorded: 2099-01-01 }]')])[0], /thread 1 recorded must be the day the count was read, not a day to come, got 2099-01-01/);
    assert.match(
      printedFindings([entry('[https://lobste.rs/s/abc, { url: "https://Lobste.rs/s/abc/", comments: 3 }]')])[0],
      /content\/posts\/raft\.mdx:6 discussions: thread 2 is thread 1 again: list each thread once/,
    );
    assert.deepEqual(discussionsOf([{ url: 'https://e.org/1', comments: 1e300 }, { url: 'https://e.org/2', comments: 9007199254740993 }]), [{ url: 'https://e.org/1' }, { url: 'https://e.org/2' }]);
  });

  it('drop anything but an http(s) thread, even when the check was skipped', () => {
    assert.deepEqual(discussionsOf(['javascript:alert(1)', { url: 'data:text/html,x' }, 'https://lobste.rs/s/a', { url: 'https://news.ycombinator.com/item?id=1', comments: 2 }]), [
      { url: 'https://lobste.rs/s/a' },
      { url: 'https://news.ycombinator.com/item?id=1', comments: 2 },
    ]);
  });
});
