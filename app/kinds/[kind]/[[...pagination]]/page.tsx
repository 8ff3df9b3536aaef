import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { kindPath, pageFromSegments, pageHref, PATHS } from '@/lib/routes';
import { isKind, KIND_PLURALS, type Kind } from '@/lib/kinds';
import type { PageTarget } from '@/lib/pagination';
import { pageMetadata } from '@/lib/metadata';
import { listParamsToRender } from '@/lib/build-cache/plan';
import { getKindPostsPage, getKinds } from '@/lib/posts';
import { site } from '@/lib/site';

type Props = { params: Promise<{ kind: string; pagination?: string[] }> };

export const dynamicParams = false;

/** A kind whose list is here; quotations' is `/quotes` (lib/routes.ts). */
const listedHere = (kind: string) => kindPath(kind) === `${PATHS.kinds}/${kind}`;

/** `/kinds/<kind>` is the newest page of that kind's entries; `/kinds/<kind>/page/1` the oldest, … (lib/pagination.ts), less the pages the build copies from its cache (lib/build-cache/pages.ts). */
export function generateStaticParams() {
  return getKinds()
    .filter(({ kind }) => listedHere(kind))
    .flatMap(({ kind, count }) => listParamsToRender(kindPath(kind), count).map((params) => ({ kind, ...params })));
}

async function kindAndPage(params: Props['params']): Promise<[Kind, PageTarget] | undefined> {
  const { kind, pagination } = await params;
  const page = pageFromSegments(pagination);
  return isKind(kind) && listedHere(kind) && page ? [kind, page] : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [kind, page] = (await kindAndPage(params)) ?? notFound();
  const title = page === 'newest' ? KIND_PLURALS[kind] : `${KIND_PLURALS[kind]}, page ${page}`;
  return pageMetadata({
    title,
    description: `Every ${kind === 'docs' ? 'piece of documentation' : kind} shared on ${site.name}.`,
    path: pageHref(kindPath(kind), page),
  });
}

export default async function KindPage({ params }: Props) {
  const [kind, page] = (await kindAndPage(params)) ?? notFound();
  const list = getKindPostsPage(kind, page) ?? notFound();
  return <PostList heading={KIND_PLURALS[kind]} base={kindPath(kind)} list={list} />;
}
