/**
 * Validates every content file before Contentlayer runs, because Contentlayer accepts
 * things a reader should never see: `javascript:` URLs, 2026-02-30, unknown kinds, tags
 * like "Formal Methods". Prints every problem with its file and line, then exits 1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { checkContentFile, type ContentType, formatFinding } from '../lib/check';

const folders: Record<string, ContentType> = { 'content/posts': 'post', 'content/pages': 'page' };

const findings = Object.entries(folders).flatMap(([folder, type]) =>
  readdirSync(folder)
    .sort()
    .map((name) => `${folder}/${name}`)
    .flatMap((file) =>
      file.endsWith('.mdx')
        ? checkContentFile(file, readFileSync(file, 'utf8'), type)
        : [{ file, message: 'is not an .mdx file: entries are content/posts/<slug>.mdx' }],
    ),
);
findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

if (findings.length > 0) {
  for (const finding of findings) console.error(formatFinding(finding));
  const files = new Set(findings.map((finding) => finding.file)).size;
  console.error(`\n${findings.length} problem${findings.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log('Content OK.');
