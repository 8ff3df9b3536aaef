import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { TextLink } from '@/components/TextLink';
import { PATHS } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-4">
        <TextLink href={PATHS.home} strong offset={4}>
          Back to the recent posts
        </TextLink>{' '}
        or{' '}
        <TextLink href={PATHS.tags} strong offset={4}>
          browse by tag
        </TextLink>
        .
      </p>
    </>
  );
}
