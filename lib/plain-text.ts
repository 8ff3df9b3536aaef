/**
 * Markdown as the words a reader sees, for the build's own uses: a description taken from an
 * imported post's text or a quotation's words, the commentary the search index holds.
 */
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * A post's text as a reader sees it: no Markdown syntax, GitHub's included (footnote marks,
 * strikethrough tildes, table pipes, task boxes), no HTML tags, white space folded. Read as the
 * site renders it (GitHub-flavoured, lib/markdown.ts): a footnote's note is words of the text.
 */
export function plainText(markdown: string): string {
  const parts: string[] = [];
  const visit = (node: Nodes, block: boolean) => {
    if (node.type === 'html') parts.push(textContent(parseDocument(node.value)));
    else if ('value' in node) parts.push(node.value);
    else if (node.type === 'image') parts.push(node.alt ?? '');
    if ('children' in node) node.children.forEach((child) => visit(child, node.type === 'root'));
    // Blocks end a run of words: "end." and "Next" stay apart.
    if (block || ['paragraph', 'heading', 'listItem', 'tableCell', 'break'].includes(node.type)) parts.push(' ');
  };
  visit(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), true);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

