/**
 * Each entry's counted terms for the share page's tag model (/share/tag-model.json,
 * lib/content/tag-suggestions.ts), kept between builds: the model changes with every entry, but
 * an entry's own terms change only with the entry, and reading every entry's words again took
 * 10 s of every build at 10,000 entries. One file holds every published entry's terms, written
 * whole each build, so it never holds a removed entry's.
 */
import type { Post } from '../posts';
import { BUILD_CACHE_DIR, cacheKey, digestOf, readCached, TAG_TERMS_CACHE, writeCached } from './store';

/** The build the terms are kept for: its code (scripts/build/build-cache.ts's codeVersion) and when it started (lib/build-cache/plan.ts). */
export interface KeepingBuild {
  version: string;
  started: number;
}

/**
 * The terms of each of `entries`, by `make` or as kept. The file's key is the code (how words
 * become terms); an entry's is the entry itself as lib/posts gives it (what its words are taken
 * from). One kept entry, a different one each build, is made again and compared: a key that
 * misses an input fails the build rather than ship a stale model. Without a build (`npm run dev`),
 * nothing is kept.
 */
export function keptTermCounts<Terms>(entries: readonly Post[], make: (entry: Post) => Terms, build: KeepingBuild | undefined, root = process.cwd()): Terms[] {
  if (!build) return entries.map(make);
  const key = cacheKey('tag model terms', build.version);
  const kept = JSON.parse(readCached(TAG_TERMS_CACHE, key, root)?.toString('utf8') ?? '{}') as Record<string, Terms>;
  const digests = entries.map((entry) => digestOf(JSON.stringify(entry)));
  const terms = entries.map((entry, index) => (Object.hasOwn(kept, digests[index]) ? kept[digests[index]] : make(entry)));
  const keptOnes = digests.flatMap((digest, index) => (Object.hasOwn(kept, digest) ? [index] : []));
  if (keptOnes.length > 0) {
    const canary = keptOnes[build.started % keptOnes.length];
    if (JSON.stringify(make(entries[canary])) !== JSON.stringify(terms[canary])) {
      throw new Error(`The tag model's kept terms of ${entries[canary].slug} differ from fresh ones: their key misses an input. Delete ${BUILD_CACHE_DIR} and fix the key in lib/build-cache/tag-terms.ts.`);
    }
  }
  writeCached(TAG_TERMS_CACHE, key, Buffer.from(JSON.stringify(Object.fromEntries(digests.map((digest, index) => [digest, terms[index]])))), root);
  return terms;
}
