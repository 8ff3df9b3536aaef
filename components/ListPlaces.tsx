import type { Post } from '@/lib/posts';
import type { ListPlace } from '@/lib/reading-lists';
import { listPath, permalinkOf, stepId } from '@/lib/routes';
import { TextLink } from './TextLink';

/** On an entry's page: each reading list it is a step of, "Step 3 of 5 in …", with the steps either side. */
export function ListPlaces({ places }: { places: ListPlace<Post>[] }) {
  if (places.length === 0) return null;
  return (
    <aside aria-label="Reading lists" className="mt-8 space-y-3 rounded border border-zinc-300 p-4 text-sm dark:border-zinc-700">
      {places.map(({ list, step, previous, next }) => (
        <div key={list.slug}>
          <p className="text-zinc-800 dark:text-zinc-200">
            Step {step} of {list.length} in{' '}
            <TextLink href={`${listPath(list.slug)}#${stepId(step)}`} offset={2}>
              {list.title}
            </TextLink>
          </p>
          <p className="mt-1 flex flex-wrap gap-x-4 text-zinc-600 dark:text-zinc-400">
            {previous && (
              <span>
                Previous: <TextLink href={permalinkOf(previous.slug)} offset={2}>{previous.title}</TextLink>
              </span>
            )}
            {next && (
              <span>
                Next: <TextLink href={permalinkOf(next.slug)} offset={2}>{next.title}</TextLink>
              </span>
            )}
          </p>
        </div>
      ))}
    </aside>
  );
}
