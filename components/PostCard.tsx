import { dayOf, formatDay } from '@/lib/dates';
import type { Kind } from '@/lib/kinds';
import { ArchivedCopyLink } from './ArchivedCopyLink';
import { HostnameLink } from './HostnameLink';
import { KindBadge } from './KindBadge';
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
}

interface PostCardProps {
  post: CardEntry;
  /** The title and summary as rendered, where they differ from the plain fields (search highlights). */
  title?: React.ReactNode;
  summary?: React.ReactNode;
  /** More of the entry under its summary (the digest shows the commentary). */
  children?: React.ReactNode;
}

/** One shared link in a list: every list on the site renders its entries with this. */
export function PostCard({ post, title = post.title, summary = post.description, children }: PostCardProps) {
  return (
    <article className="py-5">
      <h2 className="text-lg leading-snug font-semibold">
        <a
          href={post.url}
          className="text-zinc-900 underline-offset-4 hover:text-accent-600 hover:underline dark:text-zinc-50 dark:hover:text-accent-300"
        >
          {title}
        </a>{' '}
        <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
          (<HostnameLink hostname={post.hostname} />)
        </span>
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{summary}</p>
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
      </div>
    </article>
  );
}
