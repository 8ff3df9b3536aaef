/** The h1 of every page but an entry's, whose title is a link out. */
export function PageHeading({ children }: { children: React.ReactNode }) {
  return <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">{children}</h1>;
}
