/**
 * "page 2" after a list's heading, read as "Heading, page 2"; nothing on the newest page. Not
 * "of N": an older page stays the same as the list grows (lib/pagination.ts).
 */
export function PageNumber({ page, newest }: { page: number; newest: boolean }) {
  if (newest) return null;
  return (
    <>
      <span className="sr-only">, </span>
      <span className="ml-2 text-base font-normal text-zinc-600 dark:text-zinc-400">page {page}</span>
    </>
  );
}
