import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageHeading } from '@/components/PageHeading';
import { Search } from '@/components/Search';
import { TextLink } from '@/components/TextLink';
import { pageMetadata } from '@/lib/metadata';
import { getKinds, getTags } from '@/lib/posts';
import { PATHS } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every link on Distributed Bytes by title, description, commentary, tag, kind, author or site.',
  path: PATHS.search,
});

export default function SearchPage() {
  return (
    <>
      <PageHeading>Search</PageHeading>
      <noscript>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">
          Search runs in your browser and needs JavaScript. Every link is also listed in the{' '}
          <TextLink href={PATHS.archive}>archive</TextLink>
          , by month, and on the{' '}
          <TextLink href={PATHS.tags}>tag pages</TextLink>
          .
        </p>
      </noscript>
      <div className="mt-4">
        {/* The query is in the URL, which a static page only knows in the browser. */}
        <Suspense>
          <Search tags={getTags()} kinds={getKinds()} />
        </Suspense>
      </div>
    </>
  );
}
