import { domainPath } from '@/lib/routes';

/**
 * The linked site's hostname, linking to everything shared from it. Its name is the hostname
 * itself: it stands inside a card's heading, which a screen reader reads as "Title (host)".
 */
export function HostnameLink({ hostname }: { hostname: string }) {
  return (
    <a
      href={domainPath(hostname)}
      className="underline-offset-2 hover:text-accent-600 hover:underline dark:hover:text-accent-300"
      title={`More from ${hostname}`}
    >
      {hostname}
    </a>
  );
}
