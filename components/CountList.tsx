import { TextLink } from './TextLink';

/** "1 link", "12 links". */
export const linkCount = (count: number) => `${count} ${count === 1 ? 'link' : 'links'}`;

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
            {linkCount(count)}
          </span>
        </li>
      ))}
    </ul>
  );
}
