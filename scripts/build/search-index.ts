/**
 * `npm run search-index`, the build's last step: writes the search index of the published
 * entries to out/search-index/ (lib/search/build-index.ts), each entry's card rendered by the
 * PostCard every list uses, and bundles the search page's one script to out/search.js.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PostCard } from '@/components/PostCard';
import { SearchExcerpt } from '@/components/SearchExcerpt';
import { getListPlaces, getOtherTagNames, getPosts } from '@/lib/posts';
import { PATHS, searchIndexPath } from '@/lib/routes';
import { buildSearchIndex, indexedEntry, indexVersion } from '@/lib/search/build-index';

const out = process.argv[2] ?? 'out';

const otherTagNames = getOtherTagNames();
const files = buildSearchIndex(
  getPosts().map((post) =>
    indexedEntry(
      post,
      renderToStaticMarkup(createElement(PostCard, { post }, createElement(SearchExcerpt))),
      otherTagNames,
      getListPlaces(post.slug).map(({ list }) => list.slug),
    ),
  ),
  otherTagNames,
);
const version = indexVersion(files);
rmSync(join(out, PATHS.searchIndex), { recursive: true, force: true });
let bytes = 0;
for (const [name, text] of files) {
  const path = join(out, searchIndexPath(version, name));
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
  define: { SEARCH_INDEX_VERSION: JSON.stringify(version) },
});
writeFileSync(join(out, PATHS.searchScript), script.outputFiles[0].contents);

console.log(
  `Search index: ${getPosts().length} entries in ${files.size} files, ${(bytes / 1000).toFixed(1)} kB; ` +
    `${PATHS.searchScript} ${(gzipSync(script.outputFiles[0].contents).length / 1000).toFixed(1)} kB gzipped.`,
);
