import { KIND_LABELS, type Kind } from '@/lib/kinds';
import { kindPath } from '@/lib/routes';

/** What the entry is (Paper, Video…, or a Quotation), linking to every entry of that kind. */
export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <a
      href={kindPath(kind)}
      className="rounded border border-zinc-300 px-1.5 py-px text-xs font-medium text-zinc-700 no-underline hover:border-accent-600 hover:text-accent-600 dark:border-zinc-700 dark:text-zinc-300 dark:hover:border-accent-300 dark:hover:text-accent-300"
    >
      {KIND_LABELS[kind]}
    </a>
  );
}
