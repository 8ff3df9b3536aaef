import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchivedCopyLink } from '@/components/ArchivedCopyLink';
import { EntryLink } from '@/components/EntryLink';
import { HostnameLink } from '@/components/HostnameLink';
import { JsonLd } from '@/components/JsonLd';
import { KindBadge } from '@/components/KindBadge';
import { Commentary } from '@/components/Commentary';
import { SearchRecord } from '@/components/SearchRecord';
import { TagList } from '@/components/TagList';
import { dayOf, formatDay } from '@/lib/dates';
import { pageMetadata, postImage } from '@/lib/metadata';
import { getNeighbours, getPost, getPosts, getRelated, type Post } from '@/lib/posts';
import { absoluteUrl, site } from '@/lib/site';
import { viaOf } from '@/lib/via';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  if (!post) return {};
  return pageMetadata({
    title: post.title,
    description: post.description,
    path: post.permalink,
    image: postImage(post.slug),
    article: { publishedTime: dayOf(post.date), tags: post.tags },
  });
}

/** The post, and the work it shares as what the post is about. */
function postJsonLd(post: Post) {
  return {
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    url: absoluteUrl(post.permalink),
    mainEntityOfPage: absoluteUrl(post.permalink),
    datePublished: dayOf(post.date),
    image: absoluteUrl(postImage(post.slug)),
    keywords: post.tags,
    author: { '@type': 'Person', name: site.author },
    publisher: { '@type': 'Organization', name: site.name, url: absoluteUrl('/') },
    about: {
      '@type': 'CreativeWork',
      name: post.title,
      url: post.url,
      ...(post.authors.length > 0 ? { author: post.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
      ...(post.site ? { publisher: { '@type': 'Organization', name: post.site } } : {}),
      ...(post.published ? { datePublished: dayOf(post.published) } : {}),
    },
  };
}

function Day({ date }: { date: string }) {
  return <time dateTime={dayOf(date)}>{formatDay(date)}</time>;
}

function Details({ post }: { post: Post }) {
  const rows: [string, React.ReactNode][] = [];
  if (post.authors.length > 0) rows.push([post.authors.length > 1 ? 'Authors' : 'Author', post.authors.join(', ')]);
  if (post.site) rows.push(['Site', post.site]);
  if (post.published) rows.push(['Published', <Day key="published" date={post.published} />]);
  rows.push(['Shared', <Day key="shared" date={post.date} />]);
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-zinc-600 dark:text-zinc-400">{term}</dt>
          <dd className="text-zinc-900 dark:text-zinc-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = getPost(slug);
  if (!post) notFound();
  const { newer, older } = getNeighbours(slug);
  const via = viaOf(post.via);
  const related = getRelated(post);

  return (
    <>
      <JsonLd data={postJsonLd(post)} />
      {/* Only an entry's own article is indexed for search: no header, footer or navigation. */}
      <article data-pagefind-body>
        <header>
          <h1 className="text-2xl leading-tight font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
            <a href={post.url} className="underline-offset-4 hover:text-accent-600 hover:underline dark:hover:text-accent-300">
              {post.title}
            </a>
          </h1>
          {/* Labels and dates would crowd search excerpts; SearchRecord indexes their words. */}
          <div data-pagefind-ignore>
            <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
              <HostnameLink hostname={post.hostname} />
              <KindBadge kind={post.kind} />
            </p>
            <Details post={post} />
          </div>
        </header>
        <p className="mt-6 text-lg text-zinc-800 dark:text-zinc-200">{post.description}</p>
        {post.body.html !== '' && (
          <section aria-label="Commentary" className="mt-6">
            <Commentary html={post.body.html} />
          </section>
        )}
        <p className="mt-6" data-pagefind-ignore>
          <a
            href={post.url}
            className="font-medium text-accent-600 underline underline-offset-4 dark:text-accent-300"
          >
            Read it on {post.hostname} →
          </a>
          {post.archivedCopy && (
            <span className="ml-3 text-sm text-zinc-600 dark:text-zinc-400">
              The link seems dead: <ArchivedCopyLink href={post.archivedCopy} />
            </span>
          )}
        </p>
        {via && (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            Via{' '}
            {via.url ? (
              <a href={via.url} className="underline underline-offset-2">
                {via.name}
              </a>
            ) : (
              via.name
            )}
          </p>
        )}
        <div className="mt-6 text-sm">
          <TagList tags={post.tags} />
        </div>
        <SearchRecord post={post} />
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <h2 id="related" className="font-semibold text-zinc-900 dark:text-zinc-50">
            Related
          </h2>
          <ul className="mt-2 space-y-1">
            {related.map((other) => (
              <li key={other.slug}>
                <EntryLink entry={other} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {(newer || older) && (
        <nav aria-label="More posts" className="mt-10 grid gap-4 border-t border-zinc-200 pt-6 text-sm sm:grid-cols-2 dark:border-zinc-800">
          {older ? (
            <Link href={older.permalink} rel="prev" className="group block">
              <span className="text-zinc-600 dark:text-zinc-400">← Older</span>
              <span className="block font-medium group-hover:underline">{older.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {newer && (
            <Link href={newer.permalink} rel="next" className="group block sm:text-right">
              <span className="text-zinc-600 dark:text-zinc-400">Newer →</span>
              <span className="block font-medium group-hover:underline">{newer.title}</span>
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
