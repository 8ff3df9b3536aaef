/**
 * The pages' build cache (lib/page-cache.ts), around `next build`:
 * - `plan`, before it: keys every page lib/page-cache.ts lists (entries', sources', tags',
 *   kinds') by what it shows and what it is made with, and lists the pages the cache holds, for
 *   `next build` to skip (lib/build-plan.ts); with no cache, it only records the build;
 * - `keep`, after the pages step: copies those pages into out/, files the pages just rendered,
 *   checks every entry has its share image, and drops what this build did not use.
 * Of each route's pages the cache holds, the first is rendered all the same and compared with
 * its copy: a kept page that differs from a fresh one fails the build rather than ship stale
 * pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_CACHE_DIR, cacheKey, digestOf, PAGE_CACHE, pruneUnused, readCached, SHARE_IMAGE_CACHE, writeCached } from '@/lib/build-cache';
import { type BuildPlan, PLAN_FILE, readPlan } from '@/lib/build-plan';
import { today } from '@/lib/dates';
import { exportedFileOf, postImagePath } from '@/lib/routes';
import { site } from '@/lib/site';

const out = 'out';

/**
 * Whether a top-level name is not the site's code: content/ (keyed page by page), .git, and
 * what .gitignore names (what builds and tests write: .next, out, next-env.d.ts, *.tsbuildinfo…).
 */
function notCode(root: string): (name: string) => boolean {
  const ignored = existsSync(join(root, '.gitignore'))
    ? readFileSync(join(root, '.gitignore'), 'utf8')
        .split('\n')
        .map((line) => line.trim().replace(/^\//, '').replace(/\/$/, ''))
        .filter((line) => line && !line.startsWith('#'))
    : [];
  const patterns = ['content', '.git', '.vercel', ...ignored].map((pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*').replaceAll('?', '[^/]')}$`));
  return (name) => patterns.some((pattern) => pattern.test(name));
}

/**
 * Everything a page is made with besides its entries: every file of the project outside
 * content/ and what git ignores (pages, components, styles, public files, the lockfile and so
 * the packages' versions), the settings (`site`, from the environment), and Node.js. Any change
 * renders every page again.
 */
export function codeVersion(root = '.'): string {
  const skipped = notCode(root);
  const files = readdirSync(root, { withFileTypes: true })
    .filter((entry) => !skipped(entry.name))
    .flatMap((entry) =>
      entry.isDirectory()
        ? readdirSync(join(root, entry.name), { recursive: true, withFileTypes: true })
            .filter((file) => file.isFile())
            .map((file) => join(file.parentPath, file.name))
        : entry.isFile()
          ? [join(root, entry.name)]
          : [],
    )
    .map((file) => relative(root, file))
    .sort();
  return cacheKey(
    files.map((file) => [file, digestOf(readFileSync(join(root, file)))]),
    site,
    process.env.NODE_ENV ?? null,
    process.version,
  );
}

/** What lib/posts reads the entries from: the generated documents and the link checker's records. */
function dataVersion(): string {
  const generated = join('.contentlayer', 'generated');
  const files = readdirSync(generated, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return cacheKey([...files, join('content', 'link-status.json')].map((file) => [file, digestOf(readFileSync(file))]));
}

/**
 * Every cached page's key, by path, and its route's name. The routes load the entries (and
 * the Markdown pipeline they are made with): only a build with a cache, or one filing its
 * pages, pays for that.
 */
async function pageKeys(version: string): Promise<{ keys: Record<string, string>; routes: Record<string, string> }> {
  const { CACHED_ROUTES } = await import('@/lib/page-cache');
  const keys: Record<string, string> = {};
  const routes: Record<string, string> = {};
  for (const [route, pages] of Object.entries(CACHED_ROUTES)) {
    for (const { path, inputs } of pages()) {
      keys[path] = cacheKey(route, version, path, inputs);
      routes[path] = route;
    }
  }
  return { keys, routes };
}

const outFile = (path: string) => join(out, exportedFileOf(path));

async function plan() {
  const started = Date.now();
  const version = codeVersion();
  let kept: string[] = [];
  if (existsSync(join(BUILD_CACHE_DIR, PAGE_CACHE))) {
    const { keys, routes } = await pageKeys(version);
    const cached = Object.keys(keys).filter((path) => readCached(PAGE_CACHE, keys[path]) !== undefined);
    // Each route's first cached page is rendered anyway, to compare with its copy.
    const canaries = new Set([...new Set(Object.values(routes))].map((route) => cached.find((path) => routes[path] === route)));
    kept = cached.filter((path) => !canaries.has(path));
  }
  const buildPlan: BuildPlan = { started, today: today(), version, data: dataVersion(), kept };
  mkdirSync(dirname(PLAN_FILE), { recursive: true });
  writeFileSync(PLAN_FILE, JSON.stringify(buildPlan));
  console.log(`Build cache: ${kept.length} pages kept from the last build.`);
}

async function keep() {
  const buildPlan = readPlan();
  const fail = (problem: string) => {
    console.error(`Build cache: ${problem}`);
    process.exit(1);
  };
  if (!buildPlan) return fail(`no plan at ${PLAN_FILE}: run \`scripts/build/build-cache.ts plan\` before \`next build\` (npm run build does).`);
  rmSync(PLAN_FILE);
  // The published entries, and so the pages, depend on the day and on the documents: both must be as planned.
  if (buildPlan.today !== today()) return fail(`the day changed during the build (${buildPlan.today} → ${today()}): build again.`);
  if (buildPlan.data !== dataVersion()) return fail('the content changed during the build (Contentlayer ran meanwhile): build again.');
  const { keys } = await pageKeys(buildPlan.version);

  const { getPosts } = await import('@/lib/posts');
  for (const post of getPosts()) {
    if (!existsSync(join(out, postImagePath(post.slug)))) return fail(`${post.slug} has no share image in out/.`);
  }
  const kept = new Set(buildPlan.kept);
  let rendered = 0;
  for (const [path, key] of Object.entries(keys)) {
    const file = outFile(path);
    if (kept.has(path)) {
      const page = readCached(PAGE_CACHE, key);
      if (!page) return fail(`${path}: its kept page was damaged during the build: build again.`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, page);
      continue;
    }
    if (!existsSync(file)) return fail(`next build did not write ${file}.`);
    const page = readFileSync(file);
    const cached = readCached(PAGE_CACHE, key);
    if (cached && !cached.equals(page)) {
      return fail(`${path} differs from the page kept under the same key: the key misses an input. Delete ${BUILD_CACHE_DIR} and fix the key.`);
    }
    writeCached(PAGE_CACHE, key, page);
    rendered++;
  }
  const dropped = [PAGE_CACHE, SHARE_IMAGE_CACHE]
    .filter((kind) => existsSync(join(BUILD_CACHE_DIR, kind)))
    .reduce((sum, kind) => sum + pruneUnused(kind, buildPlan.started), 0);
  console.log(`Build cache: ${rendered} pages rendered, ${kept.size} copied from the cache; ${dropped} files no longer used removed.`);
}

const commands: Record<string, () => Promise<void>> = { plan, keep };
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!commands[process.argv[2]]) {
    console.error('Usage: node --import tsx scripts/build/build-cache.ts plan|keep');
    process.exit(2);
  }
  await commands[process.argv[2]]();
}
