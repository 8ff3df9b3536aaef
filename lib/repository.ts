/**
 * The site's GitHub repository: where an entry's file lives, and the addresses of GitHub's
 * web editor that open it (to edit an entry) or create one (to share a link). No imports:
 * the site config, the pages and the share form all use it.
 */

export interface Repository {
  /** `owner/name` on GitHub. */
  name: string;
  /** The branch pull requests go into. */
  branch: string;
}

const NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const BRANCH = /^(?!.*\.\.)[A-Za-z0-9._/-]+$/;

type Environment = Record<string, string | undefined>;

/**
 * `SITE_REPOSITORY=owner/name` (and `SITE_REPOSITORY_BRANCH`, `main` by default), or on
 * Vercel the GitHub repository it builds from. Undefined when neither says: the site then
 * offers no edit or share links. A malformed setting fails the build rather than linking
 * every page to a wrong address.
 */
export function repositoryFrom(env: Environment): Repository | undefined {
  const vercel = env.VERCEL_GIT_PROVIDER === 'github' && env.VERCEL_GIT_REPO_OWNER && env.VERCEL_GIT_REPO_SLUG
    ? `${env.VERCEL_GIT_REPO_OWNER}/${env.VERCEL_GIT_REPO_SLUG}`
    : undefined;
  const name = env.SITE_REPOSITORY?.trim() || vercel;
  if (!name) return undefined;
  if (!NAME.test(name)) throw new Error(`SITE_REPOSITORY is "${name}": set it to the GitHub repository as owner/name, such as octocat/distributed-bytes.`);
  const branch = env.SITE_REPOSITORY_BRANCH?.trim() || 'main';
  if (!BRANCH.test(branch)) throw new Error(`SITE_REPOSITORY_BRANCH is "${branch}": set it to a branch name, such as main.`);
  return { name, branch };
}

/** An entry's file in the repository: `content/posts/<slug>.mdx`. */
export const entryFile = (slug: string) => `content/posts/${slug}.mdx`;

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** GitHub's editor for a file of the branch (it offers a fork to whoever cannot push). */
export const editFileUrl = (repository: Repository, file: string) =>
  `https://github.com/${repository.name}/edit/${encodePath(repository.branch)}/${encodePath(file)}`;

/** GitHub's editor for a new file, named and filled in; GitHub forks for whoever cannot push. */
export function newFileUrl(repository: Repository, file: string, content?: string): string {
  const query = new URLSearchParams({ filename: file, ...(content === undefined ? {} : { value: content }) });
  return `https://github.com/${repository.name}/new/${encodePath(repository.branch)}?${query}`;
}

/**
 * A cautious bound on the address GitHub's editor accepts: past its limit GitHub answers 414,
 * so a longer file opens the editor empty and the share page asks for a paste instead.
 */
export const MAX_EDITOR_URL = 8_000;
