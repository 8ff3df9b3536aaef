import { formatDay } from '@/lib/dates';
import { type Discussion, discussionSite } from '@/lib/discussions';

const linkClass = 'underline underline-offset-2 hover:text-accent-600 dark:hover:text-accent-300';
const count = (comments: number) => `${comments} ${comments === 1 ? 'comment' : 'comments'}`;

/**
 * "Discussed on Hacker News · Lobsters", each linking to its thread: on an entry's page with
 * the comment count and the day it was recorded, on a card with the count alone.
 */
export function Discussions({ discussions, compact = false }: { discussions: Discussion[]; compact?: boolean }) {
  if (discussions.length === 0) return null;
  const details = ({ comments, recorded }: Discussion) => {
    if (compact) return comments === undefined ? '' : ` (${comments})`;
    const parts = [comments === undefined ? undefined : count(comments), recorded && `as of ${formatDay(recorded)}`].filter(Boolean);
    return parts.length ? ` (${parts.join(', ')})` : '';
  };
  const Element = compact ? 'span' : 'p';
  return (
    <Element className={compact ? undefined : 'mt-6 text-sm text-zinc-700 dark:text-zinc-300'}>
      Discussed on{' '}
      {discussions.map((discussion, index) => (
        <span key={discussion.url}>
          {index > 0 && ' · '}
          <a href={discussion.url} className={linkClass} title={discussion.title}>
            {discussionSite(discussion.url)}
          </a>
          {details(discussion)}
        </span>
      ))}
    </Element>
  );
}
