import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editFileUrl, entryFile, newFileUrl, repositoryFrom } from './repository';

describe('repositoryFrom', () => {
  it('reads SITE_REPOSITORY first, then Vercel\'s GitHub settings', () => {
    assert.deepEqual(repositoryFrom({ SITE_REPOSITORY: 'octo/links' }), { name: 'octo/links', branch: 'main' });
    assert.deepEqual(repositoryFrom({ SITE_REPOSITORY: 'octo/links', SITE_REPOSITORY_BRANCH: 'trunk', VERCEL_GIT_PROVIDER: 'github', VERCEL_GIT_REPO_OWNER: 'v', VERCEL_GIT_REPO_SLUG: 'w' }), {
      name: 'octo/links',
      branch: 'trunk',
    });
    assert.deepEqual(repositoryFrom({ VERCEL_GIT_PROVIDER: 'github', VERCEL_GIT_REPO_OWNER: 'octo', VERCEL_GIT_REPO_SLUG: 'links.site' }), { name: 'octo/links.site', branch: 'main' });
  });

  it('knows none without a setting, or for a repository on another host', () => {
    assert.equal(repositoryFrom({}), undefined);
    assert.equal(repositoryFrom({ SITE_REPOSITORY: ' ' }), undefined);
    assert.equal(repositoryFrom({ VERCEL_GIT_PROVIDER: 'gitlab', VERCEL_GIT_REPO_OWNER: 'octo', VERCEL_GIT_REPO_SLUG: 'links' }), undefined);
  });

  it('refuses a malformed setting, saying what to write', () => {
    for (const name of ['octo', 'https://github.com/octo/links', 'octo/links/extra', 'octo/li nks', 'octo/"><script>', '../x/y']) {
      assert.throws(() => repositoryFrom({ SITE_REPOSITORY: name }), /SITE_REPOSITORY is .*: set it to the GitHub repository as owner\/name/, name);
    }
    for (const branch of ['a b', '../../x', 'x?y']) {
      assert.throws(() => repositoryFrom({ SITE_REPOSITORY: 'octo/links', SITE_REPOSITORY_BRANCH: branch }), /SITE_REPOSITORY_BRANCH is .*: set it to a branch name/, branch);
    }
  });
});

describe('GitHub editor addresses', () => {
  const repository = { name: 'octo/links', branch: 'release/2026' };

  it('edit an entry\'s file on the branch', () => {
    assert.equal(editFileUrl(repository, entryFile('raft')), 'https://github.com/octo/links/edit/release/2026/content/posts/raft.mdx');
  });

  it('create a file carrying its name and text, every character encoded', () => {
    const content = '---\ntitle: "A & B #1 ?"\n---\n\n> quoted\n';
    const url = new URL(newFileUrl(repository, entryFile('a-b-1'), content));
    assert.equal(url.origin + url.pathname, 'https://github.com/octo/links/new/release/2026');
    assert.equal(url.searchParams.get('filename'), 'content/posts/a-b-1.mdx');
    assert.equal(url.searchParams.get('value'), content);
    assert.equal(new URL(newFileUrl(repository, 'x.mdx')).searchParams.has('value'), false);
  });
});
