/**
 * After `next build`: gives every page of out/ (or the folder given) a policy listing its own
 * inline scripts' hashes (scripts/csp.ts). A page holding a script the site did not write, a
 * `<meta http-equiv>` or a frame fails the build, named, and no page is changed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foreignContent, withoutScriptPolicy, withScriptPolicy } from './csp';

const root = process.argv[2] ?? 'out';
const pages = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

const html = new Map(pages.map((page) => [page, readFileSync(page, 'utf8')]));
const problems = pages.flatMap((page) =>
  foreignContent(withoutScriptPolicy(html.get(page)!)).map((problem) => `${page}: ${problem}`),
);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    `\nRefused to pin scripts: ${problems.length} thing${problems.length === 1 ? '' : 's'} in the pages above that the site did not write.` +
      '\nEntries cannot add scripts or frames; if the site itself now writes one, teach isSiteScript in scripts/csp.ts to know it.',
  );
  process.exit(1);
}
for (const page of pages) writeFileSync(page, withScriptPolicy(html.get(page)!));
console.log(`Pinned the inline scripts of ${pages.length} pages.`);
