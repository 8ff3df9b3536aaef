import { tagPath } from '@/lib/routes';

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-2 gap-y-1" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          {/* inline-block and padded: a 24 px tall target (WCAG 2.5.8), however small the text. */}
          <a
            href={tagPath(tag)}
            className="inline-block py-0.5 text-accent-600 underline-offset-2 hover:underline dark:text-accent-300"
          >
            #{tag}
          </a>
        </li>
      ))}
    </ul>
  );
}
