import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMetadata } from '@/lib/metadata';
import { getTags } from '@/lib/posts';

export const metadata: Metadata = pageMetadata({
  title: 'Tags',
  description: 'Every topic on Distributed Bytes, with how many links each has.',
  path: '/tags',
});

export default function TagsPage() {
  const tags = getTags();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Tags</h1>
      <ul className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <Link
              href={`/tags/${tag}`}
              className="text-accent-600 underline underline-offset-2 dark:text-accent-300"
            >
              #{tag}
            </Link>{' '}
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              {count} {count === 1 ? 'link' : 'links'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
