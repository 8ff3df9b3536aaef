/**
 * `npm run import -- <genereto project> [--dry-run]`: brings the original site's entries over.
 * Reads every Markdown file and blog.yml under the project's content/ folder, writes one
 * content/posts/<slug>.mdx per shared link, and reports what it skipped and why.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { convertGenereto, type ImportResult, readGeneretoBlogYml, readGeneretoMarkdown } from '../../lib/content/genereto';
import { parseVocabulary } from '../../lib/content/tags';
import { readEntryFiles } from './entry-files';

export function importGenereto(projectDir: string, contentDir = 'content', { dryRun = false } = {}): ImportResult {
  const root = existsSync(join(projectDir, 'content')) ? join(projectDir, 'content') : projectDir;
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const records: Parameters<typeof convertGenereto>[0] = [];
  const skipped: ImportResult['skipped'] = [];
  for (const file of files) {
    const path = relative(projectDir, file);
    const source = readFileSync(file, 'utf8');
    if (file.endsWith('.md')) {
      const read = readGeneretoMarkdown({ path, source });
      if ('reason' in read) skipped.push(read);
      else records.push(read);
    } else if (/(^|\/)blog\.ya?ml$/.test(file)) {
      const { records: entries, error } = readGeneretoBlogYml({ path, source });
      if (error) skipped.push({ from: path, reason: error });
      records.push(...entries);
    }
  }

  const postsDir = join(contentDir, 'posts');
  const existing = readEntryFiles(postsDir);
  const vocabularyFile = join(contentDir, 'tags.yml');
  const vocabulary = parseVocabulary(vocabularyFile, readFileSync(vocabularyFile, 'utf8')).tags.map(({ name }) => name);

  const result = convertGenereto(records, existing, vocabulary);
  if (!dryRun) for (const { slug, source } of result.entries) writeFileSync(join(postsDir, `${slug}.mdx`), source);
  return { ...result, skipped: [...skipped, ...result.skipped] };
}

function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } });
  if (positionals.length !== 1) {
    console.error('Usage: npm run import -- <path to a genereto project> [--dry-run]');
    process.exit(2);
  }
  const result = importGenereto(positionals[0], 'content', { dryRun: values['dry-run'] });
  const verb = values['dry-run'] ? 'Would import' : 'Imported';
  console.log(`${verb} ${result.entries.length} entr${result.entries.length === 1 ? 'y' : 'ies'}:`);
  for (const { slug, from } of result.entries) console.log(`  ${from} → content/posts/${slug}.mdx`);
  if (result.skipped.length > 0) {
    console.log(`Skipped ${result.skipped.length}:`);
    for (const { from, reason } of result.skipped) console.log(`  ${from}: ${reason}`);
  }
  if (result.newTags.length > 0) {
    console.log(`Add these tags to content/tags.yml (with a title and description) or edit the entries; npm run check insists: ${result.newTags.join(', ')}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
