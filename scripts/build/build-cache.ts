/**
 * The entry pages' build cache (lib/page-cache.ts), around `next build`:
 * - `plan`, before it: keys every published entry's page by what it shows and what it is made
 *   with, and lists the entries whose finished page the cache holds, for `next build` to skip;
 * - `keep`, after the pages step: copies those pages into out/, files the pages just rendered,
 *   checks every entry has its page and share image, and drops what this build did not use.
 * Of the pages the cache holds, the newest is rendered all the same and compared with its copy:
 * a kept page that differs from a fresh one fails the build rather than ship stale pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_CACHE_DIR, cacheKey, digestOf, ENTRY_PAGE_CACHE, pruneUnused, readCached, SHARE_IMAGE_CACHE, writeCached } from '@/lib/build-cache';
import { today } from '@/lib/dates';
import { type BuildPlan, PLAN_FILE, readPlan } from '@/lib/page-cache';
import { getEntryPage, getPosts } from '@/lib/posts';
import { exportedFileOf, permalinkOf, postImagePath } from '@/lib/routes';
import { site } from '@/lib/site';

const out = 'out';

/** What is not the site's code: the content (keyed page by page), and what builds and tests write (next-env.d.ts: types Next.js writes on its first build). */
const NOT_CODE = new Set(['content', 'node_modules', '.git', '.next', 'out', '.contentlayer', '.vercel', '.build-tests', 'test-results', 'playwright-report', 'next-env.d.ts']);

/**
 * Everything a page is made with besides its entries: every file of the project outside
 * content/ (pages, components, styles, public files, the lockfile and so the packages' versions),
 * the settings (`site`, from the environment), and Node.js. Any change renders every page again.
 */
export function codeVersion(root = '.'): string {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !NOT_CODE.has(file.split('/')[0]))
    .sort();
  return cacheKey(
    files.map((file) => [file, digestOf(readFileSync(join(root, file)))]),
    site,
    process.env.NODE_ENV ?? null,
    process.version,
  );
}

const pageKeys = (version: string) =>
  Object.fromEntries(getPosts().map((post) => [post.slug, cacheKey('entry page', version, getEntryPage(post.slug))]));

const outFile = (path: string) => join(out, exportedFileOf(path));

function plan() {
  const started = Date.now();
  const version = codeVersion();
  const keys = pageKeys(version);
  const [canary, ...kept] = Object.entries(keys)
    .filter(([, key]) => readCached(ENTRY_PAGE_CACHE, key) !== undefined)
    .map(([slug]) => slug);
  const buildPlan: BuildPlan = { started, today: today(), version, keys, kept };
  mkdirSync(dirname(PLAN_FILE), { recursive: true });
  writeFileSync(PLAN_FILE, JSON.stringify(buildPlan));
  console.log(
    `Build cache: ${kept.length} of ${Object.keys(keys).length} entry pages kept from the last build, ${Object.keys(keys).length - kept.length} to render` +
      (canary ? ` (${canary} rendered to compare with its kept copy).` : '.'),
  );
}

function keep() {
  const buildPlan = readPlan();
  const fail = (problem: string) => {
    console.error(`Build cache: ${problem}`);
    process.exit(1);
  };
  if (!buildPlan) return fail(`no plan at ${PLAN_FILE}: run \`tsx scripts/build/build-cache.ts plan\` before \`next build\` (npm run build does).`);
  rmSync(PLAN_FILE);
  // The published entries, and so the pages, depend on the day and on content/: both must be as planned.
  if (buildPlan.today !== today()) return fail(`the day changed during the build (${buildPlan.today} → ${today()}): build again.`);
  const keys = pageKeys(buildPlan.version);
  const changed = Object.keys({ ...keys, ...buildPlan.keys }).filter((slug) => keys[slug] !== buildPlan.keys[slug]);
  if (changed.length > 0) return fail(`entries changed during the build (${changed.slice(0, 3).join(', ')}): build again.`);

  const kept = new Set(buildPlan.kept);
  let rendered = 0;
  for (const [slug, key] of Object.entries(keys)) {
    const file = outFile(permalinkOf(slug));
    if (!existsSync(join(out, postImagePath(slug)))) return fail(`${slug} has no share image in out/.`);
    if (kept.has(slug)) {
      const page = readCached(ENTRY_PAGE_CACHE, key);
      if (!page) return fail(`${slug}'s page was damaged in the cache during the build: build again.`);
      writeFileSync(file, page);
      continue;
    }
    if (!existsSync(file)) return fail(`next build did not write ${file}.`);
    const page = readFileSync(file);
    const cached = readCached(ENTRY_PAGE_CACHE, key);
    if (cached && !cached.equals(page)) {
      return fail(`${slug}'s page differs from the one kept under the same key: the key misses an input. Delete ${BUILD_CACHE_DIR} and fix the key.`);
    }
    writeCached(ENTRY_PAGE_CACHE, key, page);
    rendered++;
  }
  const dropped = [ENTRY_PAGE_CACHE, SHARE_IMAGE_CACHE]
    .filter((kind) => existsSync(join(BUILD_CACHE_DIR, kind)))
    .reduce((sum, kind) => sum + pruneUnused(kind, buildPlan.started), 0);
  console.log(`Build cache: ${rendered} entry pages rendered, ${kept.size} copied from the cache; ${dropped} files no longer used removed.`);
}

const commands: Record<string, () => void> = { plan, keep };
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!commands[process.argv[2]]) {
    console.error('Usage: tsx scripts/build/build-cache.ts plan|keep');
    process.exit(2);
  }
  commands[process.argv[2]]();
}
