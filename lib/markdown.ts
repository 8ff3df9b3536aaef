/**
 * The one pipeline from commentary to HTML, for pages and feeds alike: GitHub-flavoured
 * Markdown, nothing evaluated. Raw HTML in the Markdown is dropped (remark-rehype's default),
 * and rehype-sanitize keeps only GitHub's safe elements and attributes, with links limited to
 * http(s), mailto, relative and fragment URLs and images to files of this site.
 */
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Element, Root } from 'hast';
import { type Preset, unified } from 'unified';
import { COMMENTARY_SCHEMES, isSitePath } from './url';

const schema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, ...COMMENTARY_SCHEMES },
  // Raw HTML never reaches the tree, so the only ids are GFM footnotes', which remark-rehype
  // already prefixes with `user-content-`; prefixing them again would break their links.
  clobber: [],
};

/**
 * Keeps only images from a path of this site: the sanitiser leaves `<img>` without its
 * address when it drops a scheme, and counts `//host/x.png` and `x.png` as relative.
 */
function siteImagesOnly() {
  const visit = (node: Root | Element) => {
    node.children = node.children.filter(
      (child) => !(child.type === 'element' && child.tagName === 'img' && !isSitePath(String(child.properties.src ?? ''))),
    );
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  return visit;
}

/**
 * The remark and rehype steps without the parser's front-matter handling, so Contentlayer
 * (which hands over the whole file) and `markdownToHtml` (the body alone) share them.
 */
export const commentaryPreset: Preset = {
  plugins: [remarkParse, remarkGfm, remarkRehype, [rehypeSanitize, schema], siteImagesOnly, rehypeStringify],
};

const toHtml = unified().use(commentaryPreset);

/** Commentary as sanitised HTML. */
export function markdownToHtml(markdown: string): string {
  return String(toHtml.processSync(markdown)).trim();
}

/** Makes the site's own links (`/posts/x`) absolute, as feed readers need. */
export function absolutizeLinks(html: string, siteUrl: string): string {
  return html.replace(/(href|src)="\/(?!\/)/g, `$1="${siteUrl}/`);
}
