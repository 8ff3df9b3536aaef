/**
 * After `next build`, every page of out/ (or the folder given) is finished, on every core
 * (scripts/build/finish-page.ts: foreign content refused, the framework's JavaScript removed
 * from static pages, interactive ones pinned), and the router's `.txt` payloads go: with no
 * client router, nothing reads them. A page that fails its checks fails the build, and so does
 * a policy whose form-action does not match the newsletter setting. On any failure no file is
 * changed.
 */
// First: a malformed setting ends the run with its message.
import './check-settings';
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newsletterFrom } from '../../lib/newsletter';
import { INTERACTIVE_PATHS, pathOfExportedFile } from '../../lib/routes';
import { formActionProblems } from './csp';
import { finishInParallel, REFUSED_PAGES_ADVICE } from './finish-page';

const root = process.argv[2] ?? 'out';
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const pages = files.filter((file) => file.endsWith('.html'));
const isInteractive = (page: string) => INTERACTIVE_PATHS.includes(pathOfExportedFile(`/${relative(root, page)}`));
const payloads = files.filter((file) => file.endsWith('.txt') && relative(root, file) !== 'robots.txt');

const problems: string[] = formActionProblems(JSON.parse(readFileSync('vercel.json', 'utf8')), newsletterFrom(process.env));
const finished = new Map<string, string>();
const results = await finishInParallel(pages.map((page) => ({ file: page, html: readFileSync(page, 'utf8'), interactive: isInteractive(page) })));
for (const [index, { html, problems: pageProblems }] of results.entries()) {
  problems.push(...pageProblems);
  finished.set(pages[index], html);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    `\nRefused to finish the pages: ${problems.length} problem${problems.length === 1 ? '' : 's'} above.\n${REFUSED_PAGES_ADVICE}`,
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
