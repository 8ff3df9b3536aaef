import type { Metadata } from 'next';
import { Bookmarklet } from '@/components/Bookmarklet';
import { PageHeading } from '@/components/PageHeading';
import { ShareForm } from '@/components/ShareForm';
import { pageMetadata } from '@/lib/metadata';
import { getPopularTags, getTagVocabulary } from '@/lib/posts';
import { PATHS } from '@/lib/routes';
import { site } from '@/lib/site';

// A tool for whoever adds links, not a page for readers: kept out of search engines, the sitemap, feeds and search.
export const metadata: Metadata = {
  ...pageMetadata({ title: 'Share a link', description: `Suggest a link for ${site.name}: a form that writes the entry and opens it on GitHub.`, path: PATHS.share }),
  robots: { index: false, follow: false },
};

const prose = 'mt-3 text-zinc-700 dark:text-zinc-300';

export default function SharePage() {
  return (
    <>
      <PageHeading>Share a link</PageHeading>
      <p className={prose}>
        Fill in the link, or let the bookmarklet fill it from the page you are reading. This page writes the entry’s file
        and checks it as the site’s build will; GitHub’s editor then turns it into a pull request. Nothing is sent anywhere
        until you commit it there.
      </p>
      {!site.repository && (
        <p className={`${prose} rounded border border-zinc-300 p-3 dark:border-zinc-700`}>
          This site does not know its GitHub repository, so it can only give you the file to copy. Set{' '}
          <code>SITE_REPOSITORY=owner/name</code> (and <code>SITE_REPOSITORY_BRANCH</code> if it is not <code>main</code>)
          where the site is built, or deploy it from GitHub with Vercel, which says so itself.
        </p>
      )}
      <noscript>
        <p className={prose}>This page writes the file in your browser and needs JavaScript; <code>npm run new</code> does the same in a terminal.</p>
      </noscript>
      <h2 className="mt-8 text-xl font-semibold">From any page</h2>
      <p className={prose}>
        Drag this link to your bookmarks bar. On a page worth sharing, click it: it reads the page’s title, description,
        authors and date (and the text you selected, as a quotation) and brings them here.
      </p>
      <Bookmarklet label={`Share on ${site.name}`} />
      <h2 className="mt-8 text-xl font-semibold">The link</h2>
      <ShareForm popular={getPopularTags(site.shareFormTags)} tagCount={getTagVocabulary().length} repository={site.repository} />
    </>
  );
}
