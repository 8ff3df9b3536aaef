import { domainPath } from '@/lib/routes';

/** The linked site's hostname, linking to everything shared from it. */
export function HostnameLink({ hostname }: { hostname: string }) {
  return (
    <a
      href={domainPath(hostname)}
      className="underline-offset-2 hover:text-accent-600 hover:underline dark:hover:text-accent-300"
      aria-label={`More from ${hostname}`}
    >
      {hostname}
    </a>
  );
}
