import { createRequire } from 'node:module';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import remarkFrontmatter from 'remark-frontmatter';
import { entryFields } from './lib/entries';
import { DEFAULT_KIND, LINK_KINDS } from './lib/kinds';
import { commentaryPreset } from './lib/markdown';
import { slugOfFile } from './lib/routes';

// Contentlayer reads front matter with gray-matter, which runs `---js` front matter through
// eval(). Entries come from strangers' pull requests: take that engine out of gray-matter's
// shared defaults before any file is read, so such a file fails ("engine not registered").
const grayMatterEngines = createRequire(import.meta.url)('gray-matter/lib/engines.js');
delete grayMatterEngines.javascript;

/**
 * One shared link, or a quotation (`quote:`, with who said it, `by:`, and where, `url:`).
 * `scripts/author/check-content.ts` validates the values more strictly than Contentlayer can (URLs,
 * real calendar days, tag slugs, what each kind of entry requires) before this runs; the
 * fields here and in `lib/content/validation.ts` must stay the same, which a unit test checks.
 * A quotation's title and description are derived in lib/posts.ts when not given.
 */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/*.mdx',
  // The body is Markdown, never MDX: nothing in an entry is compiled to code or evaluated.
  contentType: 'markdown',
  fields: {
    title: { type: 'string', description: 'Required for a link; "Quoting <by>" for a quotation unless given' },
    url: { type: 'string', required: true },
    date: { type: 'date', required: true, description: 'The day the link was shared' },
    description: { type: 'string', description: 'Required for a link' },
    quote: { type: 'string', description: 'A quotation: the words (Markdown)' },
    by: { type: 'string', description: "A quotation: who said or wrote them" },
    context: { type: 'string', description: 'A quotation: where it was said, "in a talk at …"' },
    // What the link points at; lib/kinds.ts's kindOf gives the entry its kind (a quotation's is "quotation").
    kind: { type: 'enum', options: [...LINK_KINDS], default: DEFAULT_KIND },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    author: { type: 'json', description: 'Who made the linked work: a name or a list of names' },
    site: { type: 'string', description: "The linked publication's name" },
    published: { type: 'date', description: "The linked work's own date" },
    via: { type: 'json', description: 'Where the link was found: a name, a URL, or { name, url }' },
    discussions: { type: 'json', description: 'Threads about it: addresses, or { url, title, comments, recorded }' },
    archive: { type: 'string', description: 'A saved copy of the page (the Wayback Machine), offered once the link is dead' },
    draft: { type: 'boolean', default: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (post) => entryFields(post._raw.sourceFileName, post).slug },
    permalink: { type: 'string', resolve: (post) => entryFields(post._raw.sourceFileName, post).permalink },
    hostname: { type: 'string', resolve: (post) => entryFields(post._raw.sourceFileName, post).hostname },
    authors: {
      type: 'list',
      of: { type: 'string' },
      resolve: (post) => entryFields(post._raw.sourceFileName, post).authors,
    },
  },
}));

/** A standalone page such as About. */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (page) => slugOfFile(page._raw.sourceFileName) },
  },
}));

/**
 * content/tags.yml: the tags entries may use, with the title and description their pages show,
 * and their other names (lib/tag-vocabulary.ts). Its items are JSON to Contentlayer, which
 * cannot name a field `renamed-from`; `npm run check` checks each (lib/content/tags.ts).
 */
export const TagVocabulary = defineDocumentType(() => ({
  name: 'TagVocabulary',
  filePathPattern: 'tags.yml',
  contentType: 'data',
  isSingleton: true,
  fields: { tags: { type: 'json', required: true } },
}));

/** content/lists/<slug>.yml: a reading list (lib/reading-lists.ts); `npm run check` checks its steps and notes (lib/content/lists.ts). */
export const ReadingList = defineDocumentType(() => ({
  name: 'ReadingList',
  filePathPattern: 'lists/*.yml',
  contentType: 'data',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    steps: { type: 'json', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (list) => slugOfFile(list._raw.sourceFileName) },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  // The link checker's records are data for lib/, not documents.
  contentDirExclude: ['link-status.json'],
  documentTypes: [Post, Page, TagVocabulary, ReadingList],
  // The import goes through the tsconfig `paths` entry; Next 16 has no `baseUrl` to hang it on.
  disableImportAliasWarning: true,
  // Contentlayer's default is to skip a bad document with a warning and exit 0: never drop an entry silently.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  // `body.html` comes from the site's one sanitising pipeline; Contentlayer passes the whole
  // file, so its front matter is parsed out first.
  markdown: (builder) => builder.use(remarkFrontmatter).use(commentaryPreset),
});
