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
  // Inline styles: dev-only looks must not add to the stylesheet every reader downloads.
  banner.style.cssText = 'border-bottom:4px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:.75rem 1rem;font-size:.875rem';
  let shown = '';
  const render = ({ errors, lines }: { errors: number; lines: string[] }) => {
    if (lines.length === 0) return banner.remove();
    const heading = document.createElement('p');
    heading.style.fontWeight = '600';
    heading.textContent =
      errors > 0
        ? `npm run check: ${errors} problem${errors === 1 ? '' : 's'} in content/ — the build refuses ${errors === 1 ? 'it' : 'them'}, and this preview may show ${errors === 1 ? 'it' : 'them'} wrong.`
        : 'npm run check: notices about content/.';
    const list = document.createElement('ul');
    list.style.cssText = 'margin-top:.25rem;padding-left:1.25rem;list-style:disc;font-family:ui-monospace,monospace';
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
