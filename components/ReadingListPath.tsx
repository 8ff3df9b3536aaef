import { formatDay } from '@/lib/dates';
import type { Post } from '@/lib/posts';
import type { ReadingList } from '@/lib/reading-lists';
import { stepId } from '@/lib/routes';
import { Commentary } from './Commentary';
import { PostCard } from './PostCard';

/**
 * A reading list's path: its steps numbered, each with its note and the entry's card, under its
 * section's heading. The reader's place is the URL's anchor (`#step-3`): each step links to the
 * next, and the step in the anchor is marked, with no script.
 */
export function ReadingListPath({ list }: { list: ReadingList<Post> }) {
  const total = list.steps.length;
  return (
    <ol className="mt-6 space-y-8">
      {list.steps.map(({ number, entry, noteHtml, section }, index) => (
        <li key={entry.slug} id={stepId(number)} className="scroll-mt-4 rounded target:ring-2 target:ring-accent-600 target:ring-offset-4 dark:target:ring-accent-300 dark:target:ring-offset-zinc-950">
          {section && section !== list.steps[index - 1]?.section && (
            <h2 className="mb-3 text-xl font-bold text-zinc-900 dark:text-zinc-50">{section}</h2>
          )}
          <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">
            Step {number} of {total}
          </p>
          <div className="mt-1 text-zinc-800 dark:text-zinc-200">
            <Commentary html={noteHtml} />
          </div>
          <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
            <PostCard post={entry} />
          </div>
          <p className="text-sm">
            {number < total ? (
              <a href={`#${stepId(number + 1)}`} className="underline underline-offset-2 hover:text-accent-600 dark:hover:text-accent-300">
                Next: step {number + 1}, {list.steps[index + 1].entry.title}
              </a>
            ) : (
              <span className="text-zinc-600 dark:text-zinc-400">The end of the list{list.updated ? `, last grown ${formatDay(list.updated)}` : ''}.</span>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
