/**
 * `npm run search-index`, the build's last step: writes the search index of the published
 * entries to out/search-index/ (lib/search/build-index.ts), each entry's card rendered by the
 * PostCard every list uses, and bundles the search page's one script to out/search.js. Each
 * entry's part is kept by its own key (lib/build-cache/search-entries.ts): a rebuild reads and
 * renders only the entries that changed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PostCard } from '@/components/PostCard';
import { SearchExcerpt } from '@/components/SearchExcerpt';
import { getListPlaces, getOtherTagNames, getPosts, type Post } from '@/lib/posts';
import { PATHS, searchIndexPath } from '@/lib/routes';
import { keptSummary, searchEntryKey } from '@/lib/build-cache/search-entries';
import { BUILD_CACHE_DIR, pruneUnused, SEARCH_ENTRY_CACHE } from '@/lib/build-cache/store';
import { indexedEntry, indexVersion, searchIndexOf, summaryOf } from '@/lib/search/build-index';
import { codeVersion } from './build-cache';

const out = process.argv[2] ?? 'out';

const started = Date.now();
const version = codeVersion();
const otherTagNames = getOtherTagNames();
const posts = getPosts();
const summaryFor = (post: Post, listNames: string[]) =>
  summaryOf(indexedEntry(post, renderToStaticMarkup(createElement(PostCard, { post }, createElement(SearchExcerpt))), otherTagNames, listNames));
const kept: number[] = [];
const summaries = posts.map((post, number) => {
  const listNames = getListPlaces(post.slug).map(({ list }) => list.slug);
  const otherNames = [...otherTagNames].filter(([, tag]) => post.tags.includes(tag)).map(([name]) => name);
  const { value: summary, kept: wasKept } = keptSummary(searchEntryKey(version, post, otherNames, listNames), () => summaryFor(post, listNames));
  if (wasKept) kept.push(number);
  return summary;
});
// One kept entry, a different one each build, is made again and compared: a key that misses an input fails the build, never ships a stale index.
if (kept.length > 0) {
  const number = kept[started % kept.length];
  const fresh = summaryFor(posts[number], getListPlaces(posts[number].slug).map(({ list }) => list.slug));
  if (JSON.stringify(fresh) !== JSON.stringify(summaries[number])) {
    console.error(`Search index: the kept part of ${posts[number].slug} differs from a fresh one: its key misses an input. Delete ${BUILD_CACHE_DIR} and fix the key.`);
    process.exit(1);
  }
}
const files = searchIndexOf(summaries, otherTagNames);
const dropped = pruneUnused(SEARCH_ENTRY_CACHE, started);
const indexName = indexVersion(files);
rmSync(join(out, PATHS.searchIndex), { recursive: true, force: true });
let bytes = 0;
for (const [name, text] of files) {
  const path = join(out, searchIndexPath(indexName, name));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  bytes += text.length;
}

const script = await build({
  entryPoints: ['components/search-page.browser.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  write: false,
  legalComments: 'none',
  // The script reads this build's index and no other (lib/routes.ts, searchIndexPath).
  define: { SEARCH_INDEX_VERSION: JSON.stringify(indexName) },
});
writeFileSync(join(out, PATHS.searchScript), script.outputFiles[0].contents);

console.log(
  `Search index: ${posts.length} entries (${kept.length} kept from the last build, ${dropped} no longer used removed) in ${files.size} files, ${(bytes / 1000).toFixed(1)} kB; ` +
    `${PATHS.searchScript} ${(gzipSync(script.outputFiles[0].contents).length / 1000).toFixed(1)} kB gzipped.`,
);
