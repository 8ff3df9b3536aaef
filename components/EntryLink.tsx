import Link from 'next/link';

/** A compact line for an entry in the site's own indexes (archive, related): its page and its source. */
export function EntryLink({ entry }: { entry: { permalink: string; title: string; hostname: string } }) {
  return (
    <>
      <Link href={entry.permalink} prefetch={false} className="underline-offset-2 hover:underline">
        {entry.title}
      </Link>{' '}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">({entry.hostname})</span>
    </>
  );
}
