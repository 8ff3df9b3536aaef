import { PATHS } from '@/lib/routes';
import { site } from '@/lib/site';
import { TextLink } from './TextLink';

/**
 * "Get the week's links by email": a plain HTML form that posts the address straight to the
 * newsletter provider (no script, no server of ours, nothing stored by the site). Without a
 * provider configured, the feeds, the weekly one among them. `id` keeps the field's id unique
 * where a page shows it twice (home and footer), and `where` the form's name (a form with a
 * name is a landmark, and two landmarks may not share one).
 */
export function FollowLinks({ id, where }: { id: string; where?: string }) {
  const { newsletter } = site;
  if (!newsletter) {
    return (
      <p>
        Follow by <TextLink href={PATHS.rss}>RSS</TextLink>, <TextLink href={PATHS.atom}>Atom</TextLink> or{' '}
        <TextLink href={PATHS.jsonFeed}>JSON Feed</TextLink>, or the week&rsquo;s links in{' '}
        <TextLink href={PATHS.digestFeed}>one item a week</TextLink>.
      </p>
    );
  }
  return (
    <form action={newsletter.action} method="post" aria-label={`Subscribe by email${where ? `, ${where}` : ''}`}>
      <label htmlFor={`${id}-email`} className="block">
        Get the week&rsquo;s links by email
      </label>
      <span className="mt-1 flex gap-2">
        <input
          id={`${id}-email`}
          type="email"
          name={newsletter.emailField}
          required
          autoComplete="email"
          placeholder="you@example.com"
          className="w-56 min-w-0 rounded border border-zinc-500 bg-white px-2.5 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
        <button type="submit" className="rounded border border-zinc-500 px-3 py-1.5 text-sm font-medium hover:border-accent-600 dark:hover:border-accent-300">
          Subscribe
        </button>
      </span>
    </form>
  );
}
