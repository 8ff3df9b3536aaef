import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { TextLink } from '@/components/TextLink';
import { formatDay } from '@/lib/dates';
import { pageMetadata } from '@/lib/metadata';
import { getReadingLists } from '@/lib/posts';
import { listPath, PATHS } from '@/lib/routes';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Reading lists',
  description: `Paths through the links of ${site.name}, in order, each step with a note on why it is there.`,
  path: PATHS.lists,
});

/** Every reading list, with its length and when it last grew. */
export default function ReadingListsPage() {
  return (
    <>
      <PageHeading>Reading lists</PageHeading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">Paths through links already shared, in the order to read them, each step with a note on why it is there.</p>
      <ul className="mt-6 space-y-5">
        {getReadingLists().map((list) => (
          <li key={list.slug}>
            <h2 className="text-lg font-semibold">
              <TextLink href={listPath(list.slug)} offset={2}>
                {list.title}
              </TextLink>
            </h2>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{list.description}</p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {list.steps.length} steps{list.updated && ` · last grown ${formatDay(list.updated)}`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
