/**
 * `contentlayer2` as its CLI runs it, less one setting: the CLI switches on Effect's execution
 * tracing before anything else loads, and every fiber then records the trace of its parent,
 * so generating grew faster than the entries (37 s for 3,000, against 9 s for 1,000).
 * Loading Effect's runtime first, while tracing is off, keeps it off (20 s for 3,000).
 * Arguments are the CLI's: `build`, `dev`.
 */
import '@effect-ts/core/Effect';
import { run } from '@contentlayer2/cli';

await run();
