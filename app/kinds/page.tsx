import type { Metadata } from 'next';
import { CountList } from '@/components/CountList';
import { PageHeading } from '@/components/PageHeading';
import { KIND_PLURALS } from '@/lib/kinds';
import { pageMetadata } from '@/lib/metadata';
import { getKinds } from '@/lib/posts';
import { kindPath, PATHS } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Kinds',
  description: 'Articles, papers, videos, talks and more on Distributed Bytes, each kind on its own page.',
  path: PATHS.kinds,
});

export default function KindsPage() {
  return (
    <>
      <PageHeading>Kinds</PageHeading>
      <CountList items={getKinds().map(({ kind, count }) => ({ href: kindPath(kind), label: KIND_PLURALS[kind], count }))} />
    </>
  );
}
