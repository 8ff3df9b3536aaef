import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Commentary } from '@/components/Commentary';
import { EditEntryLink } from '@/components/EditEntryLink';
import { EntryDetails } from '@/components/EntryDetails';
import { Discussions } from '@/components/Discussions';
import { EntryNavigation } from '@/components/EntryNavigation';
import { HostnameLink } from '@/components/HostnameLink';
import { JsonLd } from '@/components/JsonLd';
import { KindBadge } from '@/components/KindBadge';
import { QuoteBlock } from '@/components/QuoteBlock';
import { ReadItLink, ViaLine } from '@/components/ReadItLinks';
import { ListPlaces } from '@/components/ListPlaces';
import { RelatedEntries } from '@/components/RelatedEntries';
import { TagList } from '@/components/TagList';
import { postJsonLd, postMetadata } from '@/lib/metadata';
import { keptPages } from '@/lib/build-cache/plan';
import { getEntryPage, getPost, getPosts } from '@/lib/posts';
import { permalinkOf } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

// Pages the build copies from its cache are not rendered again (lib/build-cache/pages.ts).
export function generateStaticParams() {
  const kept = keptPages();
  return getPosts()
    .filter((post) => !kept.has(permalinkOf(post.slug)))
    .map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const page = getEntryPage((await params).slug);
  if (!page) notFound();
  const { post, newer, older, related } = page;

  return (
    <>
      <JsonLd data={postJsonLd(post)} />
      <article>
        <header>
          <h1 className="text-2xl leading-tight font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
            {post.quoteHtml ? (
              post.title
            ) : (
              <a href={post.url} className="underline-offset-4 hover:text-accent-600 hover:underline dark:hover:text-accent-300">
                {post.title}
              </a>
            )}
          </h1>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
            <HostnameLink hostname={post.hostname} />
            <KindBadge kind={post.kind} />
          </p>
          <EntryDetails post={post} />
        </header>
        {post.quoteHtml ? (
          <div className="mt-6">
            <QuoteBlock quote={{ ...post, quoteHtml: post.quoteHtml }} large />
          </div>
        ) : (
          <p className="mt-6 text-lg text-zinc-800 dark:text-zinc-200">{post.description}</p>
        )}
        {post.body.html !== '' && (
          <section aria-label="Commentary" className="mt-6">
            <Commentary html={post.body.html} />
          </section>
        )}
        <ReadItLink post={post} />
        <Discussions discussions={post.discussions} />
        <ViaLine post={post} />
        <div className="mt-6 text-sm">
          <TagList tags={post.tags} />
        </div>
      </article>
      <EditEntryLink slug={post.slug} />
      <ListPlaces places={page.lists} />
      <RelatedEntries entries={related} />
      <EntryNavigation older={older && { href: older.permalink, title: older.title }} newer={newer && { href: newer.permalink, title: newer.title }} />
    </>
  );
}
