import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/PageHeading';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-accent-600 underline underline-offset-4 dark:text-accent-300">
          Back to the recent posts
        </Link>{' '}
        or{' '}
        <Link href="/tags" className="font-medium text-accent-600 underline underline-offset-4 dark:text-accent-300">
          browse by tag
        </Link>
        .
      </p>
    </>
  );
}
