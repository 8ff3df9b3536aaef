import Link from 'next/link';

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-2 gap-y-1" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/tags/${tag}`}
            className="text-accent-600 underline-offset-2 hover:underline dark:text-accent-300"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
