import { site } from '@/lib/site';
import { SITE_FEEDS } from '@/lib/feeds/site';
import { PATHS } from '@/lib/routes';
import { ThemeToggle } from './ThemeToggle';

const navigation = [
  { href: PATHS.archive, label: 'Archive' },
  { href: PATHS.lists, label: 'Lists' },
  { href: PATHS.tags, label: 'Tags' },
  { href: PATHS.domains, label: 'Sources' },
  { href: PATHS.about, label: 'About' },
  { href: PATHS.digest, label: 'Weekly' },
];

const linkClass =
  'text-zinc-700 underline-offset-4 hover:text-accent-600 hover:underline dark:text-zinc-300 dark:hover:text-accent-300';

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-3xl px-4 py-5 sm:px-6">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <a href={PATHS.home} className="text-xl font-bold tracking-tight text-zinc-900 no-underline dark:text-zinc-50">
            {site.name}
          </a>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
              {navigation.map(({ href, label }) => (
                <li key={href}>
                  <a href={href} className={linkClass}>
                    {label}
                  </a>
                </li>
              ))}
              <li>
                <a href={SITE_FEEDS[0].path} className={linkClass}>
                  Feed
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
          <p className="max-w-prose flex-1 basis-72 text-sm text-zinc-600 dark:text-zinc-400">{site.tagline}</p>
          <div className="flex w-full items-center gap-2 sm:w-auto">
            {/* A plain GET form: it works before (and without) any JavaScript, landing on /search?q=… */}
            <form role="search" aria-label="Site" action={PATHS.search} className="min-w-0 flex-1 sm:w-56 sm:flex-none">
              <label htmlFor="site-search" className="sr-only">
                Search the links
              </label>
              <input
                id="site-search"
                type="search"
                name="q"
                placeholder="Search (press /)"
                className="w-full rounded border border-zinc-500 bg-white px-2.5 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
              />
            </form>
            <ThemeToggle />
          </div>
        </div>
      </div>
    </header>
  );
}
