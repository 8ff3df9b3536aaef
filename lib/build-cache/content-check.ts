/**
 * Each content file's own checks (lib/content/check.ts's FileCheck: its findings, its front
 * matter, its links), kept so that `npm run check` reads and parses only the files that changed;
 * the checks across files then run on all of them.
 */
import type { ContentFile, ContentType, FileCheck } from '../content/check';
import { cacheKey, CONTENT_CHECK_CACHE, keptJson } from './store';

/** The key: the file's path and text, how it is checked (an entry or a page), and the check's code (codeVersion, which holds lib/). */
export const contentCheckKey = (version: string, { file, source }: ContentFile, type: ContentType) => cacheKey('content check', version, type, file, source);

/** The check kept under `key`, or the one `make` makes. */
export const keptFileCheck = (key: string, make: () => FileCheck) => keptJson(CONTENT_CHECK_CACHE, key, make);
