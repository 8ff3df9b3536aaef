import type { Metadata } from 'next';
import { CountList } from '@/components/CountList';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/metadata';
import { getDomains } from '@/lib/posts';
import { domainPath, PATHS } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Sources',
  description: 'Every site Distributed Bytes links to, most linked first.',
  path: PATHS.domains,
});

export default function DomainsPage() {
  return (
    <>
      <PageHeading>Sources</PageHeading>
      <CountList
        items={getDomains().map(({ hostname, count }) => ({ href: domainPath(hostname), label: hostname, count }))}
      />
    </>
  );
}
