import { TextLink } from './TextLink';

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
          <TextLink href={href} offset={2}>
            {label}
          </TextLink>{' '}
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {count} {count === 1 ? 'link' : 'links'}
          </span>
        </li>
      ))}
    </ul>
  );
}
