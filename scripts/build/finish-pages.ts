/**
 * After `next build`, for every page of out/ (or the folder given):
 * - anything the site did not write (a foreign inline script, `<meta http-equiv>`, a frame)
 *   fails the build, naming the page (scripts/build/csp.ts);
 * - a page that needs React in the browser (INTERACTIVE_PATHS) keeps it, and gets a `<meta>`
 *   policy pinning its inline scripts by hash;
 * - every other page loses the framework's JavaScript (scripts/build/html-first.ts);
 * - the router's `.txt` payloads go: with no client router, nothing reads them.
 * A static page still carrying framework scripts, or an interactive one without them, fails
 * the build too, and so does a policy whose form-action does not match the newsletter setting.
 * On any failure no file is changed.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newsletterFrom } from '../../lib/newsletter';
import { INTERACTIVE_PATHS, pathOfExportedFile } from '../../lib/routes';
import { foreignContent, formActionProblems, withoutScriptPolicy, withScriptPolicy } from './csp';
import { frameworkTraces, withoutFramework } from './html-first';

const root = process.argv[2] ?? 'out';
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const pages = files.filter((file) => file.endsWith('.html'));
const isInteractive = (page: string) => INTERACTIVE_PATHS.includes(pathOfExportedFile(`/${relative(root, page)}`));
const payloads = files.filter((file) => file.endsWith('.txt') && relative(root, file) !== 'robots.txt');

const problems: string[] = formActionProblems(JSON.parse(readFileSync('vercel.json', 'utf8')), newsletterFrom(process.env));
const finished = new Map<string, string>();
for (const page of pages) {
  const html = withoutScriptPolicy(readFileSync(page, 'utf8'));
  const foreign = foreignContent(html);
  problems.push(...foreign.map((problem) => `${page}: ${problem}`));
  if (foreign.length > 0) continue;
  if (isInteractive(page)) {
    if (frameworkTraces(html).length === 0) problems.push(`${page}: needs React in the browser (INTERACTIVE_PATHS) but carries no framework script`);
    finished.set(page, withScriptPolicy(html));
  } else {
    const stripped = withoutFramework(html);
    const left = frameworkTraces(stripped);
    if (left.length > 0) problems.push(`${page}: is static but still carries ${left.join(', ')}`);
    finished.set(page, stripped);
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    `\nRefused to finish the pages: ${problems.length} problem${problems.length === 1 ? '' : 's'} above.` +
      '\nEntries cannot add scripts or frames; if the site itself now writes one, teach isSiteScript in scripts/build/csp.ts to know it.',
  );
  process.exit(1);
}
for (const [page, html] of finished) writeFileSync(page, html);
for (const payload of payloads) rmSync(payload);
// The folders that held only payloads, deepest first.
const folders = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(entry.parentPath, entry.name))
  .sort((a, b) => b.length - a.length);
for (const folder of folders) if (readdirSync(folder).length === 0) rmdirSync(folder);
const interactive = pages.filter(isInteractive).length;
console.log(`${pages.length - interactive} static pages, ${interactive} interactive (scripts pinned); removed ${payloads.length} router payloads.`);
