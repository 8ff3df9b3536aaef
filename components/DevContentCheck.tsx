import { PATHS } from '@/lib/routes';

/** How often the preview asks for the latest findings. */
const POLL_MS = 1_000;

/**
 * Runs in the preview's page: shows the content check's latest findings in a banner at the
 * top, and removes it once there are none. Plain DOM and `textContent`, so nothing of an
 * entry is ever parsed as HTML.
 */
function showFindings(url: string, pollMs: number) {
  const banner = document.createElement('div');
  banner.setAttribute('role', 'alert');
  banner.setAttribute('aria-label', 'Content check');
  banner.className = 'border-b-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100';
  let shown = '';
  const render = ({ errors, lines }: { errors: number; lines: string[] }) => {
    if (lines.length === 0) return banner.remove();
    const heading = document.createElement('p');
    heading.className = 'font-semibold';
    heading.textContent =
      errors > 0
        ? `npm run check: ${errors} problem${errors === 1 ? '' : 's'} in content/ — the build refuses ${errors === 1 ? 'it' : 'them'}, and this preview may show ${errors === 1 ? 'it' : 'them'} wrong.`
        : 'npm run check: notices about content/.';
    const list = document.createElement('ul');
    list.className = 'mt-1 list-disc pl-5 font-mono';
    for (const line of lines) list.appendChild(document.createElement('li')).textContent = line;
    banner.replaceChildren(heading, list);
    document.body.prepend(banner);
  };
  const poll = async () => {
    try {
      const text = await (await fetch(url, { cache: 'no-store' })).text();
      if (text !== shown) render(JSON.parse((shown = text)));
    } catch {
      // The dev server is restarting; ask again.
    }
    setTimeout(poll, pollMs);
  };
  poll();
}

/**
 * `npm run dev` only: the content check's findings over the page being previewed, updated as
 * files under content/ are saved, so a mistake is seen where its effect is, not only in the
 * terminal. A build renders nothing here, and no client code: a plain script rather than a
 * client component, which would ship with every interactive page.
 */
export function DevContentCheck() {
  if (process.env.NODE_ENV !== 'development') return null;
  return <script dangerouslySetInnerHTML={{ __html: `(${showFindings.toString()})(${JSON.stringify(PATHS.devContentCheck)}, ${POLL_MS})` }} />;
}
