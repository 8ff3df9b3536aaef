import { searchHref } from '@/lib/search/query';
import { TextLink } from './TextLink';

interface NarrowByTagProps {
  tag: string;
  /** The tags beside it on its entries, with how many entries hold both. */
  beside: { tag: string; count: number }[];
}

/** "Narrow with another tag": each link searches for the entries with both tags. */
export function NarrowByTag({ tag, beside }: NarrowByTagProps) {
  if (beside.length === 0) return null;
  return (
    <nav aria-label="Narrow with another tag" className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
      Narrow with another tag:{' '}
      {beside.map(({ tag: other, count }, index) => (
        <span key={other}>
          {index > 0 && ' · '}
          <TextLink href={searchHref({ q: '', tags: [tag, other], sort: 'relevance' })} offset={2}>
            #{other}
          </TextLink>{' '}
          <span className="text-zinc-600 dark:text-zinc-400">({count})</span>
        </span>
      ))}
    </nav>
  );
}
