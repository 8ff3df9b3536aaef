import { dayOf } from '@/lib/dates';
import { KIND_LABELS } from '@/lib/kinds';
import type { Post } from '@/lib/posts';

/**
 * What Pagefind records of an entry besides its visible words. The first block holds the
 * filters (tag, kind), the sort key (date) and the card fields `hitFromResult` reads back,
 * outside the indexed text. The second makes kind, source and authors searchable as one
 * clean line, where the page shows them as separate, unindexed labels.
 */
export function SearchRecord({ post }: { post: Post }) {
  return (
    <>
      <div hidden data-pagefind-ignore>
        <span data-pagefind-filter="kind">{post.kind}</span>
        {post.tags.map((tag) => (
          <span key={tag} data-pagefind-filter="tag">
            {tag}
          </span>
        ))}
        <span data-pagefind-meta="link">{post.url}</span>
        <span data-pagefind-meta="description">{post.description}</span>
        {post.archivedCopy && <span data-pagefind-meta="archive">{post.archivedCopy}</span>}
        <span data-pagefind-meta="date" data-pagefind-sort="date">
          {dayOf(post.date)}
        </span>
      </div>
      <p hidden>{[KIND_LABELS[post.kind], post.hostname, post.site, ...post.authors].filter(Boolean).join(' · ')}</p>
    </>
  );
}
