/**
 * What one build keeps for the next: files in .next/cache/distributed-bytes/, the folder Vercel
 * (and CI's cache action) carries from one build of the project to the next. Every file is
 * filed under a key made of everything it was made from, so a changed input finds no file and
 * the thing is made again; nothing is ever looked up by name or date alone.
 *
 * Each file starts with the SHA-256 of the rest: a file cut short, or changed on disk, does not
 * match its digest and is read as missing (made again, never served broken).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const BUILD_CACHE_DIR = join('.next', 'cache', 'distributed-bytes');

/**
 * Its folders: finished share images (components/ShareImage.tsx), finished pages
 * (lib/build-cache/pages.ts), entries' parts of the search index (search-entries.ts), each
 * content file's own checks (content-check.ts), entries' terms for the tag model (tag-terms.ts);
 * Contentlayer's documents are beside them (contentlayer.mjs).
 */
export const SHARE_IMAGE_CACHE = 'share-images';
export const PAGE_CACHE = 'pages';
export const SEARCH_ENTRY_CACHE = 'search-entries';
export const CONTENT_CHECK_CACHE = 'content-check';
export const TAG_TERMS_CACHE = 'tag-terms';

const DIGEST_BYTES = 32;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

/** A file's or a text's SHA-256, in hex: how a key names a large input such as a font. */
export const digestOf = (data: string | Uint8Array) => sha256(data).toString('hex');

/** The key of whatever was made from `inputs`: the SHA-256 of their JSON, in hex. */
export function cacheKey(...inputs: unknown[]): string {
  return sha256(JSON.stringify(inputs)).toString('hex');
}

const pathOf = (kind: string, key: string, root: string) => join(root, BUILD_CACHE_DIR, kind, `${key}`);

/**
 * The bytes kept under `kind`/`key`, or undefined when there are none or they are damaged. A
 * file read is touched: `pruneUnused` keeps what the latest build used.
 */
export function readCached(kind: string, key: string, root = process.cwd()): Buffer | undefined {
  const path = pathOf(kind, key, root);
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  const body = file.subarray(DIGEST_BYTES);
  if (file.length < DIGEST_BYTES || !sha256(body).equals(file.subarray(0, DIGEST_BYTES))) return undefined;
  const now = new Date();
  utimesSync(path, now, now);
  return body;
}

/** Keeps `bytes` under `kind`/`key`, whole or not at all (written beside, then renamed). */
export function writeCached(kind: string, key: string, bytes: Uint8Array, root = process.cwd()): void {
  const path = pathOf(kind, key, root);
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.concat([sha256(bytes), bytes]));
  renameSync(partial, path);
}

/** Removes the files of `kind` that no build has read or written since `since` (ms): old titles, removed entries. */
export function pruneUnused(kind: string, since: number, root = process.cwd()): number {
  const dir = join(root, BUILD_CACHE_DIR, kind);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile())) {
    const path = join(dir, name.name);
    if (statSync(path).mtimeMs < since) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}

/** The value kept as JSON under `kind`/`key`, or the one `make` makes, kept for the next build. */
export function keptJson<T>(kind: string, key: string, make: () => T, root = process.cwd()): { value: T; kept: boolean } {
  const cached = readCached(kind, key, root);
  if (cached) return { value: JSON.parse(cached.toString('utf8')) as T, kept: true };
  const value = make();
  writeCached(kind, key, Buffer.from(JSON.stringify(value)), root);
  return { value, kept: false };
}
