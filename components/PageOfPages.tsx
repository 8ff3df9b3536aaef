/** "page 2 of 3" after a list's heading, read as "Heading, page 2 of 3"; nothing on page 1. */
export function PageOfPages({ page, totalPages }: { page: number; totalPages: number }) {
  if (page <= 1) return null;
  return (
    <>
      <span className="sr-only">, </span>
      <span className="ml-2 text-base font-normal text-zinc-600 dark:text-zinc-400">
        page {page} of {totalPages}
      </span>
    </>
  );
}
