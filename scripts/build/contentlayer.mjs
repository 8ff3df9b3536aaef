/**
 * `contentlayer2` as its CLI runs it, less one setting: the CLI switches on Effect's execution
 * tracing before anything else loads, and every fiber then records the trace of its parent,
 * so generating grew faster than the entries (37 s for 3,000, against 9 s for 1,000).
 * Loading Effect's runtime first, while tracing is off, keeps it off (20 s for 3,000).
 * Arguments are the CLI's: `build`, `dev`. A build reuses the documents of unchanged files
 * from the build before (lib/build-cache/contentlayer.mjs).
 */
import '@effect-ts/core/Effect';
import { run } from '@contentlayer2/cli';
import { restoreCache, saveCache } from '../../lib/build-cache/contentlayer.mjs';

const building = process.argv[2] === 'build';
const digests = building ? restoreCache() : undefined;
await run();
if (building && !process.exitCode) saveCache(digests);
