/**
 * The one place that says what kind an entry is: a shared link is of the kind its front matter
 * names (what the link points at), and a quotation (`quote:`) is a quotation. Every list, count,
 * feed, filter and badge asks `kindOf` or reads the `kind` it gave the entry.
 */

/** What a shared link points at: the values of an entry's `kind:`. */
export const LINK_KINDS = ['article', 'paper', 'video', 'talk', 'podcast', 'docs', 'book', 'repo'] as const;

/** Every kind of entry. The order is the order kind filters are shown in. */
export const KINDS = [...LINK_KINDS, 'quotation'] as const;

export type LinkKind = (typeof LINK_KINDS)[number];
export type Kind = (typeof KINDS)[number];

/** A link's kind when its front matter names none. */
export const DEFAULT_KIND: LinkKind = 'article';

export const KIND_LABELS: Record<Kind, string> = {
  article: 'Article',
  paper: 'Paper',
  video: 'Video',
  talk: 'Talk',
  podcast: 'Podcast',
  docs: 'Docs',
  book: 'Book',
  repo: 'Repository',
  quotation: 'Quotation',
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
  quotation: 'Quotations',
};

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** Whether a front matter's `kind:` names what a link points at. */
export function isLinkKind(value: unknown): value is LinkKind {
  return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}

/** An entry's kind, from its front matter: a quotation, or the kind of thing its link is. */
export function kindOf(data: { quote?: unknown; kind?: unknown }): Kind {
  if (data.quote !== undefined && data.quote !== null) return 'quotation';
  return isLinkKind(data.kind) ? data.kind : DEFAULT_KIND;
}

const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/;
const PAPER_HOSTS = /(^|\.)(arxiv\.org|dl\.acm\.org|usenix\.org)$/;

/** The kind a URL most likely is: YouTube/Vimeo → video; arXiv, ACM DL, USENIX or a PDF → paper; a GitHub repository → repo. */
export function inferKind(url: string): LinkKind {
  const { hostname, pathname } = new URL(url);
  if (VIDEO_HOSTS.test(hostname)) return 'video';
  if (PAPER_HOSTS.test(hostname) || /\.pdf$/i.test(pathname)) return 'paper';
  // github.com/<owner>/<repo>, not a user page, a gist or a blog post under /blog.
  if (hostname === 'github.com' && /^\/(?!(?:blog|topics|orgs|features|about)\/)[^/]+\/[^/]+\/?$/.test(pathname)) return 'repo';
  return 'article';
}
