import Link from 'next/link';

interface CountItem {
  href: string;
  label: string;
  count: number;
}

/** An index of lists (tags, kinds, sources): each links to its page and says how many links it holds. */
export function CountList({ items }: { items: CountItem[] }) {
  return (
    <ul className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
      {items.map(({ href, label, count }) => (
        <li key={href}>
          <Link href={href} prefetch={false} className="text-accent-600 underline underline-offset-2 dark:text-accent-300">
            {label}
          </Link>{' '}
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {count} {count === 1 ? 'link' : 'links'}
          </span>
        </li>
      ))}
    </ul>
  );
}
