import Link from 'next/link';
import { site } from '@/lib/site';
import { SITE_FEEDS } from '@/lib/site-feeds';

const navigation = [
  { href: '/tags', label: 'Tags' },
  { href: '/about', label: 'About' },
];

const linkClass =
  'text-zinc-700 underline-offset-4 hover:text-accent-600 hover:underline dark:text-zinc-300 dark:hover:text-accent-300';

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-3xl px-4 py-5 sm:px-6">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <Link href="/" className="text-xl font-bold tracking-tight text-zinc-900 no-underline dark:text-zinc-50">
            {site.name}
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
              {navigation.map(({ href, label }) => (
                <li key={href}>
                  <Link href={href} className={linkClass}>
                    {label}
                  </Link>
                </li>
              ))}
              <li>
                {/* A file, not a page: a plain link, so the client router does not try to render it. */}
                <a href={SITE_FEEDS[0].path} className={linkClass}>
                  Feed
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <p className="mt-2 max-w-prose text-sm text-zinc-600 dark:text-zinc-400">{site.tagline}</p>
      </div>
    </header>
  );
}
