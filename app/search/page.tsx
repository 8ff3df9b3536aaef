import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { PageHeading } from '@/components/PageHeading';
import { SearchPage } from '@/components/SearchPage';
import { pageMetadata } from '@/lib/metadata';
import { getKinds, getTags } from '@/lib/posts';
import { SEARCH_PATH } from '@/lib/search';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every link on Distributed Bytes by title, description, commentary, tag, kind, author or site.',
  path: SEARCH_PATH,
});

export default function SearchRoute() {
  return (
    <>
      <PageHeading>Search</PageHeading>
      <noscript>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">
          Search runs in your browser and needs JavaScript. Every link is also listed in the{' '}
          <Link href="/archive" className="text-accent-600 underline dark:text-accent-300">
            archive
          </Link>
          , by month, and on the{' '}
          <Link href="/tags" className="text-accent-600 underline dark:text-accent-300">
            tag pages
          </Link>
          .
        </p>
      </noscript>
      <div className="mt-4">
        {/* The query is in the URL, which a static page only knows in the browser. */}
        <Suspense>
          <SearchPage tags={getTags()} kinds={getKinds()} />
        </Suspense>
      </div>
    </>
  );
}
