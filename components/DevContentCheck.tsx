'use client';

import { useEffect, useState } from 'react';
import { type FileFinding, formatFinding } from '@/lib/content/findings';
import { PATHS } from '@/lib/routes';

/** How often the preview asks for the latest findings. */
const POLL_MS = 1_000;

/**
 * `npm run dev` only (the layout leaves it out of every build): the content check's findings
 * over the page being previewed, updated as files under content/ are saved, so a mistake is
 * seen where its effect is rather than only in the terminal.
 */
export function DevContentCheck() {
  const [findings, setFindings] = useState<FileFinding[]>([]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(PATHS.devContentCheck, { cache: 'no-store' });
        if (response.ok) setFindings(await response.json());
      } catch {
        // The dev server is restarting; ask again.
      }
      timer = setTimeout(poll, POLL_MS);
    };
    poll();
    return () => clearTimeout(timer);
  }, []);
  if (findings.length === 0) return null;
  const errors = findings.filter((finding) => finding.level !== 'notice').length;
  return (
    <div role="alert" aria-label="Content check" className="border-b-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">
        {errors > 0
          ? `npm run check: ${errors} problem${errors === 1 ? '' : 's'} in content/ — the build refuses ${errors === 1 ? 'it' : 'them'}, and this preview may show them wrong.`
          : 'npm run check: notices about content/.'}
      </p>
      <ul className="mt-1 list-disc pl-5 font-mono">
        {findings.map((finding, position) => (
          <li key={position}>{formatFinding(finding)}</li>
        ))}
      </ul>
    </div>
  );
}
