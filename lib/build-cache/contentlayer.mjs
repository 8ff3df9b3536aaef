/**
 * Contentlayer's cache, kept in .next/cache/ between builds (as Vercel and CI keep that folder)
 * and keyed by content rather than by date. Contentlayer reuses a document it made before when
 * the file's modification time is unchanged: a fresh checkout has new times for every file (so
 * nothing is reused), and a file changed without a new time would be reused stale. So each
 * build starts without Contentlayer's own cache; it is restored only from the copy kept here,
 * with each document kept only if its file's SHA-256 is the one it was made from, and then
 * given the file's present time so that Contentlayer reuses it. The copy is also dropped
 * whole when the installed packages (those that make documents among them), Node.js or
 * Contentlayer's cache format differ. A changed contentlayer.config.ts (or anything it imports) gives Contentlayer
 * another cache file, so it starts afresh by itself.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const CONTENT = 'content';
const OWN_CACHE = join('.contentlayer', '.cache');
// In lib/build-cache/store.ts's folder (BUILD_CACHE_DIR): this file is plain JavaScript, run by node before anything is compiled.
const KEPT = join('.next', 'cache', 'distributed-bytes', 'contentlayer');
const STAMP = join(KEPT, 'stamp.json');

const digestOf = (data) => createHash('sha256').update(data).digest('hex');

/** Every content file's SHA-256, by its path under content/ (Contentlayer's `relativeFilePath`). */
function contentDigests() {
  return Object.fromEntries(
    readdirSync(CONTENT, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(CONTENT, file), digestOf(readFileSync(file))]),
  );
}

/** npm's record of the packages installed (node_modules/.package-lock.json), from the nearest node_modules up. */
function installedPackages() {
  for (let dir = resolve('.'); ; dir = dirname(dir)) {
    const record = join(dir, 'node_modules', '.package-lock.json');
    if (existsSync(record)) return digestOf(readFileSync(record));
    if (dirname(dir) === dir) return undefined;
  }
}

const stamp = () => ({ packages: installedPackages() ?? null, node: process.version });

/** The data files of Contentlayer's cache (`v0.5.8/data-<config hash>.json`), newest first. */
function dataFiles(root) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true })
    .filter((name) => /(^|\/)data-[^/]+\.json$/.test(name))
    .map((name) => join(root, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/** Before Contentlayer runs: its cache as kept, less every document whose file has changed. Returns the digests it was checked against. */
export function restoreCache() {
  rmSync(OWN_CACHE, { recursive: true, force: true });
  const digests = contentDigests();
  if (!existsSync(STAMP)) return digests;
  const kept = JSON.parse(readFileSync(STAMP, 'utf8'));
  const now = stamp();
  if (now.packages === null || JSON.stringify(kept.stamp) !== JSON.stringify(now)) return digests;
  try {
    cpSync(join(KEPT, 'cache'), OWN_CACHE, { recursive: true });
    for (const file of dataFiles(OWN_CACHE)) {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      for (const [path, item] of Object.entries(data.cacheItemsMap)) {
        if (kept.digests[path] !== undefined && kept.digests[path] === digests[path]) {
          item.documentHash = String(statSync(join(CONTENT, path)).mtime.getTime());
        } else {
          delete data.cacheItemsMap[path];
        }
      }
      writeFileSync(file, JSON.stringify(data));
    }
  } catch (error) {
    // A cache in an unknown shape (another Contentlayer) is no cache: start afresh.
    console.warn(`Contentlayer's kept cache not used: ${error.message}`);
    rmSync(OWN_CACHE, { recursive: true, force: true });
  }
  return digests;
}

/** After Contentlayer: its newest cache file, with the digests of the files as they were before and after it ran. */
export function saveCache(digestsBefore) {
  const [data] = dataFiles(OWN_CACHE);
  if (!data) return;
  const after = contentDigests();
  // A file changed while Contentlayer read it is left out: its document may be of either version.
  const digests = Object.fromEntries(Object.entries(after).filter(([path, digest]) => digestsBefore[path] === digest));
  rmSync(KEPT, { recursive: true, force: true });
  const target = join(KEPT, 'cache', relative(OWN_CACHE, data));
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(data, target);
  writeFileSync(STAMP, JSON.stringify({ stamp: stamp(), digests }));
}
