/**
 * `npm run check`: validates every content file before Contentlayer runs, because
 * Contentlayer accepts things a reader should never see (`javascript:` URLs, 2026-02-30,
 * unknown tags, the same link twice). Prints every finding with its file and line; exits 1
 * on any error. Notices (an entry dated in the future) are printed but pass.
 * `--report <file>` also writes the findings there as JSON, for `npm run dev`'s banner.
 * Each file's own checks are kept by its text (lib/build-cache/content-check.ts): a second run
 * parses only the files that changed; the checks across files run on all of them.
 */
// First: a malformed setting ends the run with its message before lib/site.ts reads it.
import '../build/check-settings';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { contentCheckKey, keptFileCheck } from '../../lib/build-cache/content-check';
import { CONTENT_CHECK_CACHE, pruneUnused } from '../../lib/build-cache/store';
import { checkContent, type ContentFile, type ContentType, checkFile, type FileCheck } from '../../lib/content/check';
import { formatFinding } from '../../lib/content/findings';
import { today } from '../../lib/dates';
import { site } from '../../lib/site';
import { codeVersion } from '../build/build-cache';

const read = (file: string): ContentFile => ({ file, source: readFileSync(file, 'utf8') });
const mdxIn = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((name) => `${folder}/${name}`);

const started = Date.now();
const version = codeVersion();
const kept: [ContentFile, ContentType, FileCheck][] = [];
const keptCheck = (file: ContentFile, type: ContentType) => {
  const { value, kept: wasKept } = keptFileCheck(contentCheckKey(version, file, type), () => checkFile(file, type));
  if (wasKept) kept.push([file, type, value]);
  return value;
};

const strays = [...mdxIn('content/posts'), ...mdxIn('content/pages')].filter((file) => !file.endsWith('.mdx'));
const findings = [
  ...strays.map((file) => ({ file, message: 'is not an .mdx file: entries are content/posts/<slug>.mdx', level: 'error' as const })),
  ...checkContent({
    posts: mdxIn('content/posts').filter((file) => file.endsWith('.mdx')).map(read),
    pages: mdxIn('content/pages').filter((file) => file.endsWith('.mdx')).map(read),
    vocabulary: read('content/tags.yml'),
    routes: read('vercel.json'),
    lists: existsSync('content/lists') ? readdirSync('content/lists').filter((name) => name.endsWith('.yml')).sort().map((name) => read(`content/lists/${name}`)) : [],
    publicPaths: readdirSync('public', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${relative('public', `${entry.parentPath}/${entry.name}`)}`),
    today: today(),
    siteUrl: site.url,
    pageSize: site.pageSize,
    listPageSize: site.listPageSize,
  }, keptCheck),
];
// One kept file, a different one each run, is checked again: a key that misses an input fails the check rather than hide a finding.
if (kept.length > 0) {
  const [file, type, check] = kept[started % kept.length];
  if (JSON.stringify(checkFile(file, type)) !== JSON.stringify(check)) {
    console.error(`The content check kept for ${file.file} differs from a fresh one: its key misses an input. Delete .next/cache/distributed-bytes and fix the key.`);
    process.exit(1);
  }
}
pruneUnused(CONTENT_CHECK_CACHE, started);

const { report } = parseArgs({ options: { report: { type: 'string' } } }).values;
if (report) writeFileSync(report, JSON.stringify(findings));
for (const finding of findings) (finding.level === 'notice' ? console.log : console.error)(formatFinding(finding));
const errors = findings.filter((finding) => finding.level !== 'notice');
if (errors.length > 0) {
  const files = new Set(errors.map((finding) => finding.file)).size;
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log(`Content OK: ${findings.length === 0 ? 'no findings' : `${findings.length} notice${findings.length === 1 ? '' : 's'}, no errors`}.`);
