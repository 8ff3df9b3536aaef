/**
 * A share image's key in the build cache: exactly what it shows (its words, the site's name and
 * host) and how it is drawn (the drawing code, the fonts, the renderer's and quantiser's
 * versions). Its kind, source and quotation are in its words; its date is not drawn.
 */
import { cacheKey, digestOf } from './store';

export interface ShareImageWords {
  /** The big line: an entry's title, or the site's tagline. */
  title: string;
  /** The small line above it: the linked work's kind and hostname; none for the site image. */
  kicker?: string;
}

export interface Drawing {
  /** The source of the code that draws. */
  code: Uint8Array;
  fonts: Uint8Array[];
  /** The versions of the packages that render and compress it. */
  versions: Record<string, unknown>;
}

/** One key for everything the images are drawn with: computed once a build, not per image. */
export function drawingVersion({ code, fonts, versions }: Drawing): string {
  return cacheKey(digestOf(code), fonts.map(digestOf), versions);
}

export function shareImageKey({ title, kicker }: ShareImageWords, site: { name: string; host: string }, drawing: string): string {
  return cacheKey('share image', title, kicker ?? null, site.name, site.host, drawing);
}
