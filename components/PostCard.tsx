import { dayOf, formatDay } from '@/lib/dates';
import type { Kind } from '@/lib/kinds';
import { ArchivedCopyLink } from './ArchivedCopyLink';
import { HostnameLink } from './HostnameLink';
import type { Discussion } from '@/lib/discussions';
import { Discussions } from './Discussions';
import { KindBadge } from './KindBadge';
import { QuoteBlock } from './QuoteBlock';
import { TagList } from './TagList';

/** What a card shows; a published Post has it all, and so does a search hit. */
export interface CardEntry {
  title: string;
  url: string;
  hostname: string;
  description: string;
  date: string;
  kind: Kind;
  tags: string[];
  permalink: string;
  /** A saved copy, offered when the link is dead. */
  archivedCopy?: string;
  /** A quotation's words (sanitised HTML) and attribution; absent on a link. */
  quoteHtml?: string;
  by?: string;
  site?: string;
  context?: string;
  /** Where it was discussed. */
  discussions?: Discussion[];
}

interface PostCardProps {
  post: CardEntry;
  /** The title and summary as rendered, where they differ from the plain fields (search highlights). */
  title?: React.ReactNode;
  summary?: React.ReactNode;
  /** More of the entry under its summary (the digest shows the commentary). */
  children?: React.ReactNode;
}

const titleClass = 'text-zinc-900 underline-offset-4 hover:text-accent-600 hover:underline dark:text-zinc-50 dark:hover:text-accent-300';

/**
 * One entry in a list: every list on the site renders its entries with this. A link's title
 * leads to the shared page; a quotation shows its words and who said them, its title leading
 * to its permalink. `data-search-summary` marks what the search page marks up.
 */
export function PostCard({ post, title = post.title, summary = post.description, children }: PostCardProps) {
  const { quoteHtml } = post;
  return (
    <article className="py-5">
      {quoteHtml ? (
        <>
          <h2 className="text-lg leading-snug font-semibold">
            <a href={post.permalink} className={titleClass}>
              {title}
            </a>
          </h2>
          <QuoteBlock quote={{ ...post, quoteHtml }} />
        </>
      ) : (
        <>
          <h2 className="text-lg leading-snug font-semibold">
            <a href={post.url} className={titleClass}>
              {title}
            </a>{' '}
            <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
              (<HostnameLink hostname={post.hostname} />)
            </span>
          </h2>
          <p data-search-summary className="mt-1 text-zinc-700 dark:text-zinc-300">
            {summary}
          </p>
        </>
      )}
      {children}
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <time dateTime={dayOf(post.date)}>{formatDay(post.date)}</time>
        <KindBadge kind={post.kind} />
        <TagList tags={post.tags} />
        <a
          href={post.permalink}
          className="underline underline-offset-2 hover:text-accent-600 dark:hover:text-accent-300"
          aria-label={`Permalink: ${post.title}`}
        >
          permalink
        </a>
        {post.archivedCopy && <ArchivedCopyLink href={post.archivedCopy} />}
        {post.discussions && <Discussions discussions={post.discussions} compact />}
      </div>
    </article>
  );
}
