/** Types of contentlayer.mjs, plain JavaScript so that `node` runs the Contentlayer step without a compiler. */

/** Every content file's SHA-256, by its path under content/. */
export type ContentDigests = Record<string, string>;

export function restoreCache(): ContentDigests;
export function saveCache(digestsBefore: ContentDigests): void;
