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
