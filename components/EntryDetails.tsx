import { dayOf, formatDay } from '@/lib/dates';
import type { Post } from '@/lib/posts';

function Day({ date }: { date: string }) {
  return <time dateTime={dayOf(date)}>{formatDay(date)}</time>;
}

/** Who made the linked work, where and when it appeared, and when it was shared here. */
export function EntryDetails({ post }: { post: Post }) {
  const rows: [string, React.ReactNode][] = [];
  if (post.authors.length > 0) rows.push([post.authors.length > 1 ? 'Authors' : 'Author', post.authors.join(', ')]);
  if (post.site) rows.push(['Site', post.site]);
  if (post.published) rows.push(['Published', <Day key="published" date={post.published} />]);
  rows.push(['Shared', <Day key="shared" date={post.date} />]);
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-zinc-600 dark:text-zinc-400">{term}</dt>
          <dd className="text-zinc-900 dark:text-zinc-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
