import { digestTitle, type DigestWeek as Week, weekSpan } from '@/lib/digest';
import type { Post } from '@/lib/posts';
import { digestPath } from '@/lib/routes';
import { Commentary } from './Commentary';
import { linkCount } from './CountList';
import { EntryNavigation } from './EntryNavigation';
import { FollowLinks } from './FollowLinks';
import { PageHeading } from './PageHeading';
import { PostCard } from './PostCard';

interface DigestWeekProps {
  week: Week<Post>;
  older?: Week<Post>;
  newer?: Week<Post>;
}

/** One week's links in the order they were shared, each with its commentary, and the weeks around it. */
export function DigestWeek({ week, older, newer }: DigestWeekProps) {
  const neighbour = (other?: Week<Post>) => other && { href: digestPath(other.id), title: weekSpan(other) };
  return (
    <>
      <PageHeading>{digestTitle(week)}</PageHeading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {linkCount(week.entries.length)} shared in week {week.week} of {week.year}.
      </p>
      <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {week.entries.map((post) => (
          <PostCard key={post.slug} post={post}>
            {post.body.html !== '' && (
              <div className="mt-2">
                <Commentary html={post.body.html} />
              </div>
            )}
          </PostCard>
        ))}
      </div>
      <div className="mt-8 text-zinc-700 dark:text-zinc-300">
        <FollowLinks id="digest-follow" />
      </div>
      <EntryNavigation older={neighbour(older)} newer={neighbour(newer)} label="More weeks" />
    </>
  );
}
