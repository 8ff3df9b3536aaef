import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { SearchForm } from '@/components/SearchForm';
import { SearchResults } from '@/components/SearchResults';
import { TextLink } from '@/components/TextLink';
import { pageMetadata } from '@/lib/metadata';
import { getKinds, getReadingLists, getTags } from '@/lib/posts';
import { PATHS } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every link on Distributed Bytes by title, description, commentary, tag, kind, author or site.',
  path: PATHS.search,
});

/** HTML like every other page; search.js (built with the index) runs the query in the browser. */
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
      <SearchForm tags={getTags()} kinds={getKinds()} lists={getReadingLists()} />
      <SearchResults />
      <script src={PATHS.searchScript} defer />
    </>
  );
}
