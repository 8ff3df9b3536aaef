/** Where a dead link's page can still be read. */
export function ArchivedCopyLink({ href }: { href: string }) {
  return (
    <a href={href} className="underline underline-offset-2 hover:text-accent-600 dark:hover:text-accent-300">
      archived copy
    </a>
  );
}
