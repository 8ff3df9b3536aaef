/**
 * The pages' build cache (lib/build-cache/pages.ts), around `next build`:
 * - `plan`, before it: keys every page lib/build-cache/pages.ts lists (entries' pages and share
 *   images, lists', weeks', years', tags' feeds) by what it shows and what it is made with, and
 *   lists the pages the cache holds, for `next build` to skip (lib/build-cache/plan.ts);
 * - `keep`, after the pages step: copies those pages into out/, each held to the same checks as
 *   a page just rendered (scripts/build/kept-pages.ts), files the pages just rendered under the
 *   plan's keys, and drops what this build did not use.
 * Of each shape of page the cache holds (a quotation's page, an entry's with discussions, a
 * list's older page…), one chosen anew each build is rendered all the same and compared with
 * its copy: a kept page that differs from a fresh one fails the build rather than ship stale
 * pages. A build whose content, code or day changed between `plan` and `keep` fails too.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore from 'ignore';
import { BUILD_CACHE_DIR, cacheKey, digestOf, PAGE_CACHE, pruneUnused, readCached, SHARE_IMAGE_CACHE, TAG_TERMS_CACHE, writeCached } from '@/lib/build-cache/store';
import { type BuildPlan, PLAN_FILE, readPlan } from '@/lib/build-cache/plan';
import { today } from '@/lib/dates';
import { exportedFileOf } from '@/lib/routes';
import { site } from '@/lib/site';
import { REFUSED_PAGES_ADVICE } from './finish-page';
import { copyKept, type KeptCopy, pageToKeep } from './kept-pages';

const out = 'out';

/**
 * What a page is made with besides its entries: the site's code (routes, components, lib/,
 * styles, fonts, public files), the build steps that finish pages, and the files that say how
 * it all builds (the lockfile, and so the packages' versions; Next.js's, TypeScript's, PostCSS's
 * and Contentlayer's configuration). Not the docs, tests or tooling: a README edit re-renders
 * nothing.
 */
const PAGE_SOURCES = ['app', 'components', 'lib', 'assets', 'public', 'scripts/build'];
const BUILD_FILES = ['package.json', 'package-lock.json', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'contentlayer.config.ts', 'vercel.json'];
const TEST_FILE = /\.test\.tsx?$/;

/** The files of PAGE_SOURCES and BUILD_FILES that exist, less what .gitignore names (read by a maintained matcher), as sorted paths. */
export function pageSourceFiles(root = '.'): string[] {
  const ignored = ignore();
  if (existsSync(join(root, '.gitignore'))) ignored.add(readFileSync(join(root, '.gitignore'), 'utf8'));
  const inFolders = PAGE_SOURCES.filter((folder) => existsSync(join(root, folder))).flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name))),
  );
  const files = [...inFolders, ...BUILD_FILES.filter((file) => existsSync(join(root, file)))];
  return files.filter((file) => !TEST_FILE.test(file) && !ignored.ignores(file.split(/[\\/]/).join('/'))).sort();
}

/**
 * Everything a page is made with besides its entries, as one key: the files above, the
 * settings (`site`, from the environment), whether the host gives builds a deployment id, and
 * Node.js. Any change renders every page again.
 */
export function codeVersion(root = '.'): string {
  return cacheKey(
    pageSourceFiles(root).map((file) => [file, digestOf(readFileSync(join(root, file)))]),
    site,
    process.env.NODE_ENV ?? null,
    Boolean(process.env.NEXT_DEPLOYMENT_ID),
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

/** Every cached page's key, by path, its shape (its route, and the kind of page it is), and which are files rather than HTML pages. */
async function pageKeys(version: string): Promise<{ keys: Record<string, string>; shapes: Record<string, string>; files: Set<string> }> {
  const { CACHED_ROUTES } = await import('@/lib/build-cache/pages');
  const { getPosts } = await import('@/lib/posts');
  // Each entry is hashed once, and stands for itself by its digest in every page's inputs that show it: a tag's page shows 25.
  const postDigests = new Map<unknown, string>(getPosts().map((post) => [post, digestOf(JSON.stringify(post))]));
  const byDigest = (_key: string, value: unknown) => postDigests.get(value) ?? value;
  const keys: Record<string, string> = {};
  const shapes: Record<string, string> = {};
  const files = new Set<string>();
  for (const [route, pages] of Object.entries(CACHED_ROUTES)) {
    for (const { path, inputs, shape, file } of pages()) {
      keys[path] = digestOf(JSON.stringify([route, version, path, inputs], byDigest));
      shapes[path] = `${route}: ${shape}`;
      if (file) files.add(path);
    }
  }
  return { keys, shapes, files };
}

/**
 * The kept pages rendered all the same, to compare with their copies: one of each shape of
 * page, a different one each build (chosen by `seed`), so that over builds every kind of page
 * is compared, not always the same few.
 */
export function canariesOf(cached: string[], shapes: Record<string, string>, seed: number): Set<string> {
  const byShape = new Map<string, string[]>();
  for (const path of cached) byShape.set(shapes[path], [...(byShape.get(shapes[path]) ?? []), path]);
  return new Set([...byShape].map(([shape, paths]) => paths[Number.parseInt(cacheKey(seed, shape).slice(0, 8), 16) % paths.length]));
}

/** Where a kept thing goes in out/: a page to its HTML file, a file (a feed, an image) to its own path. */
const outFile = (path: string, file: boolean) => join(out, file ? path : exportedFileOf(path));

async function plan() {
  const started = Date.now();
  const version = codeVersion();
  const { keys, shapes, files } = await pageKeys(version);
  let kept: string[] = [];
  if (existsSync(join(BUILD_CACHE_DIR, PAGE_CACHE))) {
    const cached = Object.keys(keys).filter((path) => readCached(PAGE_CACHE, keys[path]) !== undefined);
    const canaries = canariesOf(cached, shapes, started);
    kept = cached.filter((path) => !canaries.has(path));
  }
  const buildPlan: BuildPlan = { started, today: today(), version, data: dataVersion(), kept, keys, files: [...files] };
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
  // Pages rendered from code edited meanwhile must not be filed under the code the build started with.
  if (buildPlan.version !== codeVersion()) return fail('the code changed during the build: build again.');
  // With the day, the documents and the code as planned, the plan's keys are the pages' keys.
  const { keys } = buildPlan;
  const files = new Set(buildPlan.files);
  const deploymentId = process.env.NEXT_DEPLOYMENT_ID;

  const kept = new Set(buildPlan.kept);
  const copies: KeptCopy[] = [];
  let rendered = 0;
  for (const [path, key] of Object.entries(keys)) {
    const file = outFile(path, files.has(path));
    if (kept.has(path)) {
      copies.push({ key, file, asFile: files.has(path) });
      continue;
    }
    if (!existsSync(file)) return fail(`next build did not write ${file}.`);
    rendered++;
    const page = files.has(path) ? readFileSync(file) : pageToKeep(readFileSync(file, 'utf8'), deploymentId);
    if (page === undefined) continue;
    const bytes = Buffer.from(page);
    const cached = readCached(PAGE_CACHE, key);
    if (cached !== undefined && !cached.equals(bytes)) {
      return fail(`${path} differs from the page kept under the same key: the key misses an input. Delete ${BUILD_CACHE_DIR} and fix the key.`);
    }
    writeCached(PAGE_CACHE, key, bytes);
  }
  const problems = await copyKept(copies, deploymentId);
  if (problems.length > 0) return fail(`a kept page fails the page checks:\n${problems.join('\n')}\n${REFUSED_PAGES_ADVICE} Delete ${BUILD_CACHE_DIR} and build again.`);
  // A share image's drawing (components/ShareImage.tsx) is read only when its image is rendered, not copied: drawings are
  // pruned by a build that copied no page (a code change renders every image), so a copied image's drawing waits for the next one.
  const dropped = [PAGE_CACHE, TAG_TERMS_CACHE, ...(kept.size === 0 ? [SHARE_IMAGE_CACHE] : [])]
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
