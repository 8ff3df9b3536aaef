/** Site-wide settings: the one place to change the name, the address, the author or the page size. */
import { newsletterFrom } from './newsletter';
import { repositoryFrom } from './repository';

function siteUrl(): string {
  const configured =
    process.env.SITE_URL ??
    (process.env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}` : undefined);
  return (configured ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export const site = {
  name: 'Distributed Bytes',
  tagline:
    'I share interesting articles, videos, papers and more about distributed systems, formal methods and computer science.',
  author: 'Federico Ponzi',
  /** Base of every absolute URL (canonical links, feeds, sitemap). Set SITE_URL when deploying elsewhere. */
  url: siteUrl(),
  language: 'en',
  /** Entries per page on the home page and its later pages. */
  pageSize: 10,
  /**
   * Entries per page of a tag, kind or source: lists to browse a topic through, where fewer
   * pages mean fewer clicks, and fewer files for the host (one page per 25 entries, not 10).
   */
  listPageSize: 25,
  /**
   * The search page's tag menu offers the most used tags, this many: a real collection has
   * thousands, which would make the page itself heavier than every result; the rest are a
   * link away (the tags page) and work in the address (`?tag=`).
   */
  searchMenuTags: 40,
  /** The share form offers the most used tags as buttons, this many; any other is typed (its check knows them all). */
  shareFormTags: 40,
  /**
   * The GitHub repository the site is built from, for "Edit this entry", "Suggest a link" and
   * the share page: SITE_REPOSITORY=owner/name, or Vercel's own Git settings. Without one,
   * those links are left out.
   */
  repository: repositoryFrom(process.env),
  /**
   * Where "Get the week's links by email" posts an address: NEWSLETTER_URL, the provider's
   * subscribe endpoint (README, Deploy). Without it, the site offers its feeds there instead.
   */
  newsletter: newsletterFrom(process.env),
} as const;

/** `/posts/x` → `https://…/posts/x`; the home page keeps its slash. */
export function absoluteUrl(path: string): string {
  return path === '/' ? `${site.url}/` : `${site.url}${path}`;
}
