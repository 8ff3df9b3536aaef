import { KIND_LABELS, type Kind } from '@/lib/kinds';

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span className="rounded border border-zinc-300 px-1.5 py-px text-xs font-medium text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
      {KIND_LABELS[kind]}
    </span>
  );
}
