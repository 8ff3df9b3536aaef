import type { Post } from '@/lib/posts';
import { viaOf } from '@/lib/via';
import { ArchivedCopyLink } from './ArchivedCopyLink';

/** Where to read the linked work, or its archived copy once the link is dead. */
export function ReadItLink({ post }: { post: Post }) {
  return (
    <p className="mt-6">
      <a href={post.url} className="font-medium text-accent-600 underline underline-offset-4 dark:text-accent-300">
        Read it on {post.hostname} →
      </a>
      {post.archivedCopy && (
        <span className="ml-3 text-sm text-zinc-600 dark:text-zinc-400">
          The link seems dead: <ArchivedCopyLink href={post.archivedCopy} />
        </span>
      )}
    </p>
  );
}

/** Where the link was found, when the entry says. */
export function ViaLine({ post }: { post: Post }) {
  const via = viaOf(post.via);
  return (
    via && (
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Via{' '}
        {via.url ? (
          <a href={via.url} className="underline underline-offset-2">
            {via.name}
          </a>
        ) : (
          via.name
        )}
      </p>
    )
  );
}
