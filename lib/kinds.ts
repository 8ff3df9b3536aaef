/** What a shared link points at. The order is the order kind filters are shown in. */
export const KINDS = ['article', 'paper', 'video', 'talk', 'podcast', 'docs', 'book', 'repo'] as const;

export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  article: 'Article',
  paper: 'Paper',
  video: 'Video',
  talk: 'Talk',
  podcast: 'Podcast',
  docs: 'Docs',
  book: 'Book',
  repo: 'Repository',
};

/** For headings over a list of one kind: "Papers". */
export const KIND_PLURALS: Record<Kind, string> = {
  article: 'Articles',
  paper: 'Papers',
  video: 'Videos',
  talk: 'Talks',
  podcast: 'Podcasts',
  docs: 'Docs',
  book: 'Books',
  repo: 'Repositories',
};

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/;
const PAPER_HOSTS = /(^|\.)(arxiv\.org|dl\.acm\.org|usenix\.org)$/;

/** The kind a URL most likely is: YouTube/Vimeo → video; arXiv, ACM DL, USENIX or a PDF → paper; a GitHub repository → repo. */
export function inferKind(url: string): Kind {
  const { hostname, pathname } = new URL(url);
  if (VIDEO_HOSTS.test(hostname)) return 'video';
  if (PAPER_HOSTS.test(hostname) || /\.pdf$/i.test(pathname)) return 'paper';
  // github.com/<owner>/<repo>, not a user page, a gist or a blog post under /blog.
  if (hostname === 'github.com' && /^\/(?!(?:blog|topics|orgs|features|about)\/)[^/]+\/[^/]+\/?$/.test(pathname)) return 'repo';
  return 'article';
}
