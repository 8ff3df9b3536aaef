import { PATHS } from '@/lib/routes';
import { site } from '@/lib/site';
import { FollowLinks } from './FollowLinks';
import { TextLink } from './TextLink';

export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-x-6 gap-y-2 px-4 py-6 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
        <FollowLinks id="footer-follow" where="in the footer" />
        <p>
          Made with <span role="img" aria-label="love">❤</span> by {site.author}
        </p>
        {/* Suggestions arrive as pull requests, so the link needs a repository to send them to. */}
        {site.repository && (
          <p>
            <TextLink href={PATHS.share}>Suggest a link</TextLink>
          </p>
        )}
      </div>
    </footer>
  );
}
