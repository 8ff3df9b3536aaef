import { pageWindow } from '@/lib/pagination';
import { pageHref } from '@/lib/routes';

/** Numbered pages of a list living at `base`; renders nothing for a one-page list. */
export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const boxClass = 'block min-w-9 rounded px-2.5 py-1.5 text-center';
  const linkClass = `${boxClass} underline-offset-2 hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800`;
  return (
    <nav aria-label="Pagination" className="mt-6">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {page > 1 && (
          <li>
            <a href={pageHref(base, page - 1)} rel="prev" className={linkClass}>
              ← Newer
            </a>
          </li>
        )}
        {pageWindow(page, totalPages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-zinc-500 dark:text-zinc-400">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page" className={`${boxClass} bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900`}>
                  {number}
                </span>
              ) : (
                <a href={pageHref(base, number)} className={linkClass} aria-label={`Page ${number}`}>
                  {number}
                </a>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={pageHref(base, page + 1)} rel="next" className={linkClass}>
              Older →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
