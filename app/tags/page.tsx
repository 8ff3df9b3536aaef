import type { Metadata } from 'next';
import { CountList } from '@/components/CountList';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/metadata';
import { getTags } from '@/lib/posts';
import { PATHS, tagPath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Tags',
  description: 'Every topic on Distributed Bytes, with how many links each has.',
  path: PATHS.tags,
});

export default function TagsPage() {
  return (
    <>
      <PageHeading>Tags</PageHeading>
      <CountList items={getTags().map(({ tag, count }) => ({ href: tagPath(tag), label: `#${tag}`, count }))} />
    </>
  );
}
