/** A page next to the one being read: an entry, or a week of the digest. */
export interface Neighbour {
  href: string;
  title: string;
}

/** The older and newer pages around the one being read, as rel=prev and rel=next links. */
export function EntryNavigation({ older, newer, label = 'More posts' }: { older?: Neighbour; newer?: Neighbour; label?: string }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label={label} className="mt-10 grid gap-4 border-t border-zinc-200 pt-6 text-sm sm:grid-cols-2 dark:border-zinc-800">
      {older ? (
        <a href={older.href} rel="prev" className="group block">
          <span className="text-zinc-600 dark:text-zinc-400">← Older</span>
          <span className="block font-medium group-hover:underline">{older.title}</span>
        </a>
      ) : (
        <span />
      )}
      {newer && (
        <a href={newer.href} rel="next" className="group block sm:text-right">
          <span className="text-zinc-600 dark:text-zinc-400">Newer →</span>
          <span className="block font-medium group-hover:underline">{newer.title}</span>
        </a>
      )}
    </nav>
  );
}
