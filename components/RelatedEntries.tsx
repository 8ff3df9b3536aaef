import type { Post } from '@/lib/posts';
import { EntryLink } from './EntryLink';

/** Entries sharing tags with the one being read; nothing when there are none. */
export function RelatedEntries({ entries }: { entries: Post[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="related" className="font-semibold text-zinc-900 dark:text-zinc-50">
        Related
      </h2>
      <ul className="mt-2 space-y-1">
        {entries.map((other) => (
          <li key={other.slug}>
            <EntryLink entry={other} />
          </li>
        ))}
      </ul>
    </section>
  );
}
