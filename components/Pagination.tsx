import type { PageLinks, PageTarget } from '@/lib/pagination';
import { pageHref } from '@/lib/routes';

const label = (page: PageTarget) => (page === 'newest' ? 'Newest' : String(page));

/** The links between the pages of a list living at `base` (lib/pagination.ts): newest first; nothing for a one-page list. */
export function Pagination({ base, page, newest, links }: { base: string; page: number; newest: boolean; links: PageLinks }) {
  if (links.window.length === 0) return null;
  const boxClass = 'block min-w-9 rounded px-2.5 py-1.5 text-center';
  const linkClass = `${boxClass} underline-offset-2 hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800`;
  const current: PageTarget = newest ? 'newest' : page;
  return (
    <nav aria-label="Pagination" className="mt-6">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {links.newer !== undefined && (
          <li>
            <a href={pageHref(base, links.newer)} rel="prev" className={linkClass}>
              ← Newer
            </a>
          </li>
        )}
        {links.window.map((target, index) =>
          target === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-zinc-500 dark:text-zinc-400">
              …
            </li>
          ) : (
            <li key={target}>
              {target === current ? (
                <span aria-current="page" className={`${boxClass} bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900`}>
                  {label(target)}
                </span>
              ) : (
                <a href={pageHref(base, target)} className={linkClass} aria-label={target === 'newest' ? 'Newest page' : `Page ${target}`}>
                  {label(target)}
                </a>
              )}
            </li>
          ),
        )}
        {links.older !== undefined && (
          <li>
            <a href={pageHref(base, links.older)} rel="next" className={linkClass}>
              Older →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
