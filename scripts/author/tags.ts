/**
 * `npm run tags`: changes the tag vocabulary without breaking a link.
 *   npm run tags -- rename <old> <new> [--dry-run]   the tag gets a new name; `renamed-from` keeps the old
 *   npm run tags -- merge <old> <into> [--dry-run]   entries of <old> join <into>; <old> says `merged-into`
 *   npm run tags -- redirects [--dry-run]            vercel.json's tag redirects, from content/tags.yml
 * Each rewrites content/tags.yml, the entries that use the old name, and vercel.json's redirects
 * (old pages and feeds answer 308 to the new ones); `--dry-run` lists the files it would change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mergeInVocabulary, renameInVocabulary, RetagError, retagEntry, withTagRedirects } from '../../lib/content/retag';

const VOCABULARY = 'content/tags.yml';
const ROUTES = 'vercel.json';

/** Every file the command changes, with its new text. */
export function retagPlan(command: string, names: string[], root = '.'): Map<string, string> {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const [from, to] = names;
  const changes = new Map<string, string>();
  if (command === 'rename' || command === 'merge') {
    if (!from || !to || names.length !== 2) throw new RetagError(`usage: npm run tags -- ${command} <old> <new>`);
    changes.set(VOCABULARY, (command === 'rename' ? renameInVocabulary : mergeInVocabulary)(read(VOCABULARY), from, to));
    for (const name of readdirSync(join(root, 'content/posts')).filter((file) => file.endsWith('.mdx')).sort()) {
      const file = `content/posts/${name}`;
      const retagged = retagEntry(read(file), from, to);
      if (retagged !== undefined) changes.set(file, retagged);
    }
  } else if (command !== 'redirects' || names.length > 0) {
    throw new RetagError('usage: npm run tags -- rename <old> <new> | merge <old> <into> | redirects, with --dry-run to list what would change');
  }
  const routes = withTagRedirects(read(ROUTES), changes.get(VOCABULARY) ?? read(VOCABULARY));
  if (routes !== read(ROUTES)) changes.set(ROUTES, routes);
  if (changes.get(VOCABULARY) === read(VOCABULARY)) changes.delete(VOCABULARY);
  return changes;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  const [command = '', ...names] = positionals;
  try {
    const changes = retagPlan(command, names);
    for (const [file, text] of changes) {
      if (!values['dry-run']) writeFileSync(file, text);
      console.log(`${values['dry-run'] ? 'would change' : 'changed'} ${file}`);
    }
    if (changes.size === 0) console.log('Nothing to change.');
    else if (!values['dry-run']) console.log('\nRun `npm run check`, then commit the files above together.');
  } catch (error) {
    if (!(error instanceof RetagError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
