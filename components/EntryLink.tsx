
/** A compact line for an entry in the site's own indexes (archive, related): its page and its source. */
export function EntryLink({ entry }: { entry: { permalink: string; title: string; hostname: string } }) {
  return (
    <>
      <a href={entry.permalink} className="underline-offset-2 hover:underline">
        {entry.title}
      </a>{' '}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">({entry.hostname})</span>
    </>
  );
}
