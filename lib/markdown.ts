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
import type { Element, ElementContent, Root } from 'hast';
import { type Preset, unified } from 'unified';
import type { VFile } from 'vfile';
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

const elementsOf = (node: Root | Element): Element[] =>
  node.children.flatMap((child) => (child.type === 'element' ? [child, ...elementsOf(child)] : []));

/** FNV-1a of a text, in base 36: a short name for it, the same in Node and the browser. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Commentary is written for its entry's page, `/posts/<slug>`, but shown on lists, the digest
 * and in feeds too: a link relative to the page (`other-entry`, `../tags/raft`) becomes the
 * site path it means there (`/posts/other-entry`), and a protocol-relative one (`//host/x`)
 * an https one, so it goes to the same place wherever the commentary is shown.
 */
function linksAsOnTheEntryPage() {
  return (tree: Root) => {
    for (const element of elementsOf(tree)) {
      const href = element.properties.href;
      if (typeof href !== 'string' || /^([a-z][a-z0-9+.-]*:|\/(?!\/)|#)/i.test(href.trim())) continue;
      const resolved = new URL(href.trim(), 'https://site.invalid/posts/');
      element.properties.href = resolved.host === 'site.invalid' ? `${resolved.pathname}${resolved.search}${resolved.hash}` : resolved.href;
    }
  };
}

/**
 * GFM footnotes are numbered per text (`user-content-fn-1`), and a list page shows many
 * entries' commentary: each text's ids, and the links and labels that point at them, get a
 * name of that text's own, so two entries' notes never share an id or jump to each other.
 */
function footnotesOfThisText() {
  return (tree: Root, file: VFile) => {
    const scope = shortHash(String(file.value));
    const elements = elementsOf(tree);
    const ids = new Set(elements.map((element) => element.properties.id).filter((id): id is string => typeof id === 'string'));
    const scoped = (id: string) => (ids.has(id) ? `${id}-${scope}` : id);
    for (const element of elements) {
      const { id, href, ariaDescribedBy } = element.properties;
      if (typeof id === 'string') element.properties.id = scoped(id);
      if (typeof href === 'string' && href.startsWith('#')) element.properties.href = `#${scoped(href.slice(1))}`;
      if (Array.isArray(ariaDescribedBy)) element.properties.ariaDescribedBy = ariaDescribedBy.map((token) => scoped(String(token)));
    }
  };
}

/**
 * The remark and rehype steps without the parser's front-matter handling, so Contentlayer
 * (which hands over the whole file) and `markdownToHtml` (the body alone) share them.
 */
export const commentaryPreset: Preset = {
  plugins: [remarkParse, remarkGfm, remarkRehype, [rehypeSanitize, schema], siteImagesOnly, linksAsOnTheEntryPage, footnotesOfThisText, rehypeStringify],
};

const toHtml = unified().use(commentaryPreset);

/** Commentary as sanitised HTML. */
export function markdownToHtml(markdown: string): string {
  return String(toHtml.processSync(markdown)).trim();
}

/**
 * What a mail client shows as meant: no class, id or data attribute (no stylesheet, no script
 * reads them), a task's box as ☑ or ☐, footnote marks as plain numbers with the notes after
 * the text (no jump within a message), and every link and image absolute: a fragment goes to
 * the entry's page, `/x` to the site.
 */
function emailSafe(pageUrl: string) {
  return () => (tree: Root) => {
    const visit = (node: Root | Element) => {
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'element') return [child as ElementContent];
        const { properties } = child;
        if (properties.dataFootnoteBackref !== undefined) return [];
        if (child.tagName === 'h2' && properties.id !== undefined && String(properties.id).startsWith('footnote-label')) return [];
        if (child.tagName === 'input') return [{ type: 'text', value: properties.checked ? '☑' : '☐' }];
        visit(child);
        if (properties.dataFootnoteRef !== undefined) return child.children;
        for (const name of ['href', 'src'] as const) {
          const url = properties[name];
          if (typeof url === 'string' && !/^mailto:/i.test(url)) properties[name] = new URL(url, pageUrl).href;
        }
        for (const name of Object.keys(properties)) if (/^(className|id|data[A-Z]|aria[A-Z])/.test(name)) delete properties[name];
        if (child.tagName === 'section') return [{ ...child, tagName: 'div' }];
        return [child];
      });
    };
    visit(tree);
  };
}

/** Commentary, or a quotation's words, as HTML for an email about the entry at `pageUrl` (its absolute permalink). */
export function markdownToEmailHtml(markdown: string, pageUrl: string): string {
  return String(
    unified()
      .use({ plugins: commentaryPreset.plugins!.slice(0, -1) })
      .use(emailSafe(pageUrl))
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
}

/** Makes the site's own links (`/posts/x`) absolute, as feed readers need. */
export function absolutizeLinks(html: string, siteUrl: string): string {
  return html.replace(/(href|src)="\/(?!\/)/g, `$1="${siteUrl}/`);
}
