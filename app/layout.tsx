import type { Metadata, Viewport } from 'next';
import { DevContentCheck } from '@/components/DevContentCheck';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { pageMetadata } from '@/lib/metadata';
import { PATHS } from '@/lib/routes';
import { site } from '@/lib/site';
import { siteScriptSrc } from '@/lib/theme';
import './globals.css';

// Pages replace these with their own `pageMetadata`; the 404 page keeps them.
const { alternates, openGraph, twitter } = pageMetadata({ description: site.tagline, path: PATHS.home });

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.tagline,
  applicationName: site.name,
  authors: [{ name: site.author }],
  alternates: { types: alternates?.types },
  openGraph,
  twitter,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#18181b' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The site script sets data-theme before the search page's React runs, so React is told not to mind it.
    <html lang={site.language} suppressHydrationWarning>
      <head>
        {/* Blocking, in <head>: it sets the theme before the body is parsed, so there is no flash. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- 1 kB, cached for a year, and the no-flash theme needs it before the first paint */}
        <script src={siteScriptSrc} />
      </head>
      <body className="flex min-h-screen flex-col bg-white text-zinc-900 antialiased dark:bg-zinc-900 dark:text-zinc-100">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900"
        >
          Skip to content
        </a>
        {process.env.NODE_ENV === 'development' && <DevContentCheck />}
        <SiteHeader />
        <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
