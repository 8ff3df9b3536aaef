import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DigestIndex } from '@/components/DigestIndex';
import { DigestWeek } from '@/components/DigestWeek';
import { digestTitle } from '@/lib/digest';
import { DIGEST_FEED } from '@/lib/feeds/site';
import { pageMetadata } from '@/lib/metadata';
import { listParamsToRender, toRender } from '@/lib/build-cache/plan';
import { getDigestWeek, getDigestWeeks, getDigestWeeksPage } from '@/lib/posts';
import { digestPath, pageFromSegments, pageHref, PATHS } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ segments?: string[] }> };

export const dynamicParams = false;

/** `/digest` (and `/digest/page/2`, …) lists the weeks; `/digest/2026-w48` is one week; less the pages the build copies from its cache. */
export function generateStaticParams() {
  return [
    ...listParamsToRender(PATHS.digest, getDigestWeeks().length).map(({ pagination }) => ({ segments: pagination })),
    ...getDigestWeeks()
      .filter((week) => toRender(digestPath(week.id)))
      .map((week) => ({ segments: [week.id] })),
  ];
}

/** The week a path names, when it names one. */
const weekOf = (segments?: string[]) => (segments?.length === 1 ? getDigestWeek(segments[0]) : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { segments } = await params;
  const feeds = [DIGEST_FEED];
  const found = weekOf(segments);
  if (found) {
    const { week } = found;
    return pageMetadata({ title: digestTitle(week), description: `The ${week.entries.length} links shared on ${site.name} in week ${week.week} of ${week.year}.`, path: digestPath(week.id), feeds });
  }
  const page = pageFromSegments(segments) ?? 'newest';
  return pageMetadata({
    title: page === 'newest' ? 'The week in links' : `The week in links, page ${page}`,
    description: `Every week of links shared on ${site.name}, once the week is over.`,
    path: pageHref(PATHS.digest, page),
    feeds,
  });
}

export default async function DigestPage({ params }: Props) {
  const { segments } = await params;
  const found = weekOf(segments);
  if (found) return <DigestWeek {...found} />;
  const list = getDigestWeeksPage(pageFromSegments(segments) ?? NaN);
  if (!list) notFound();
  return <DigestIndex list={list} />;
}
