import type { Page } from '@/lib/pagination';
import type { Post } from '@/lib/posts';
import { PageHeading } from './PageHeading';
import { PageNumber } from './PageNumber';
import { Pagination } from './Pagination';
import { PostCard } from './PostCard';

interface PostListProps {
  heading: React.ReactNode;
  /** A sentence under the heading saying what the list gathers. */
  intro?: string;
  /** Ways to go from this list to a narrower one, under the intro. */
  narrow?: React.ReactNode;
  base: string;
  list: Page<Post>;
}

/** A page of a paginated list: its heading, its PostCards and the numbered pages. */
export function PostList({ heading, intro, narrow, base, list }: PostListProps) {
  return (
    <>
      <PageHeading>
        {heading}
        <PageNumber page={list.page} newest={list.newest} />
      </PageHeading>
      {intro && <p className="mt-2 text-zinc-700 dark:text-zinc-300">{intro}</p>}
      {narrow}
      <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {list.items.map((post) => (
          <PostCard key={post.slug} post={post} />
        ))}
      </div>
      <Pagination base={base} page={list.page} newest={list.newest} links={list.links} />
    </>
  );
}
