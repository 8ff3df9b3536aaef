import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/**
 * Commentary as plain HTML for feeds, where no React renders it. Raw HTML in the Markdown is
 * dropped (remark-rehype's default), so a feed never carries markup the author did not write
 * as Markdown.
 */
export function markdownToHtml(markdown: string): string {
  return String(toHtml.processSync(markdown)).trim();
}

/** Makes the site's own links (`/posts/x`) absolute, as feed readers need. */
export function absolutizeLinks(html: string, siteUrl: string): string {
  return html.replace(/(href|src)="\/(?!\/)/g, `$1="${siteUrl}/`);
}
