/**
 * Contentlayer's documents, for lib/posts alone. A build reads them from .contentlayer/generated/
 * as it runs rather than bundling them: bundled, 10,000 entries put 25 MB into every server
 * chunk that reads them, and `next build` compiled them again after any change to content (6 s
 * of a rebuild). `npm run dev` imports them, so that saving a file reloads the page
 * (Contentlayer's hot reload); Next.js drops that branch from a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Post, ReadingList, TagVocabulary } from 'contentlayer/generated';

/** A document type's documents, as Contentlayer wrote them (a list, or one document for a singleton type). */
const generated = (type: string) => JSON.parse(readFileSync(join(process.cwd(), '.contentlayer', 'generated', type, '_index.json'), 'utf8'));

export const { allPosts, allPages, allReadingLists, tagVocabulary } =
  process.env.NODE_ENV === 'development'
    ? await import('contentlayer/generated')
    : {
        allPosts: generated('Post') as Post[],
        allPages: generated('Page') as Page[],
        allReadingLists: generated('ReadingList') as ReadingList[],
        tagVocabulary: generated('TagVocabulary') as TagVocabulary,
      };
