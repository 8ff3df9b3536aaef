import { type DigestWeek, weekSpan } from '@/lib/digest';
import type { Page } from '@/lib/pagination';
import type { Post } from '@/lib/posts';
import { digestPath, PATHS } from '@/lib/routes';
import { CountList } from './CountList';
import { FollowLinks } from './FollowLinks';
import { PageHeading } from './PageHeading';
import { PageNumber } from './PageNumber';
import { Pagination } from './Pagination';

/** A page of the weeks that have a digest, newest first, each with how many links it holds. */
export function DigestIndex({ list }: { list: Page<DigestWeek<Post>> }) {
  return (
    <>
      <PageHeading>
        The week in links
        <PageNumber page={list.page} newest={list.newest} />
      </PageHeading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">Every link of a week, Monday to Sunday, published once the week is over.</p>
      <div className="mt-4 text-zinc-700 dark:text-zinc-300">
        <FollowLinks id="digest-follow" />
      </div>
      <CountList items={list.items.map((week) => ({ href: digestPath(week.id), label: `${weekSpan(week)} (week ${week.week})`, count: week.entries.length }))} />
      <Pagination base={PATHS.digest} page={list.page} newest={list.newest} links={list.links} />
    </>
  );
}
