/**
 * For the content tests (not a test itself): what `npm run check` prints for some files, with
 * a two-tag vocabulary, no pages and a fixed day unless a test says otherwise.
 */
import { checkContent, type ContentFile, type ContentInput } from './check';
import { formatFinding } from './findings';

export const VOCABULARY: ContentFile = {
  file: 'content/tags.yml',
  source: `tags:
  - name: consensus
    title: Consensus
    description: Agreeing despite failures.
  - name: formal-methods
    title: Formal methods
    description: Checking designs mechanically.
`,
};

export function printedFindings(posts: ContentFile[], overrides: Partial<ContentInput> = {}): string[] {
  return checkContent({
    posts,
    pages: [],
    vocabulary: VOCABULARY,
    publicPaths: [],
    today: '2026-06-01',
    siteUrl: 'https://example.com',
    pageSize: 10,
    ...overrides,
  }).map(formatFinding);
}
