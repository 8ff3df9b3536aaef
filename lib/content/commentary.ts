/**
 * What `npm run check` says of an entry's commentary (and a page's text) before anything
 * renders it. The body is GitHub-flavoured Markdown, not MDX: the site would render an
 * expression, an `import` or a tag as inert text or drop it, and these findings tell the
 * author so, with the line and the fix, instead of publishing something they did not mean.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { codePointOf, type FileFinding, fileLineOf, type SourceEntry } from './findings';
import { INVISIBLE_FORMATTING } from './validation';
import { COMMENTARY_SCHEMES, isSitePath } from '../url';

/**
 * The commentary's Markdown syntax tree, with positions, as the checks read it: the parser
 * remark-parse and remark-gfm run for the pages, called directly so the share page can run
 * it in the browser without the rest of unified.
 */
export function parseCommentary(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Control characters (Unicode Cc) other than tab, line feed and carriage return. */
export const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why a commentary URL would be dropped, or undefined when it is kept. */
export function unsafeUrlReason(url: string, kind: 'href' | 'src'): string | undefined {
  const scheme = SCHEME.exec(url.trim())?.[1].toLowerCase();
  if (kind === 'src' && !isSitePath(url)) {
    return `an image from ${scheme ? `a ${scheme}: URL` : url.trim().startsWith('/') ? 'another site' : `the relative path ${url.trim().slice(0, 40)}`} is not allowed: images are served by this site, so readers' browsers ask no one else; save the file as public/images/<name> and write ![what it shows](/images/<name>)`;
  }
  if (scheme === undefined || COMMENTARY_SCHEMES[kind].includes(scheme)) return undefined;
  return `a link to a ${scheme}: URL is not allowed: use http(s), mailto, a path on this site or a #fragment`;
}

function htmlFinding(value: string): string {
  if (value.startsWith('<!--')) return 'an HTML comment is not allowed: commentary is Markdown; delete it';
  const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(value)?.[1];
  if (tag && /^[A-Z]/.test(tag)) {
    return `<${tag}> is a component, and commentary is Markdown with no components: write it as Markdown, or \`\\<\` for a literal <`;
  }
  return `raw HTML ${tag ? `<${tag}>` : value.slice(0, 20)} is not allowed: commentary is Markdown; use Markdown for links and emphasis, or write \`\\<\` for a literal <`;
}

/** The offset of the first `{` in a text's source that no backslash escapes, if any. */
function unescapedBrace(source: string): number | undefined {
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '{') return i;
  }
  return undefined;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Every problem in one file's body, on the lines of the file. */
export function checkCommentary(entry: SourceEntry): FileFinding[] {
  const { body, file, tree } = entry;
  const findings: FileFinding[] = [];
  const report = (bodyLineNumber: number, message: string) => findings.push({ file, line: fileLineOf(entry, bodyLineNumber), field: 'commentary', message });

  body.split('\n').forEach((line, i) => {
    const control = CONTROL_CHARACTER.exec(line);
    if (control) report(i + 1, `holds the control character ${codePointOf(control[0])}, which no reader can see: delete it`);
    const invisible = INVISIBLE_FORMATTING.exec(line);
    if (invisible) report(i + 1, `holds the invisible character ${codePointOf(invisible[0])}, which changes how the text reads without showing: delete it`);
  });

  for (const node of tree.children) {
    const start = node.position?.start.offset;
    if (node.type === 'paragraph' && start !== undefined && /^(import|export)\b/.test(body.slice(start))) {
      report(node.position!.start.line, '`import` and `export` are not run: commentary is Markdown; delete the line, or start it with `\\` to show it as text');
    }
  }

  const definitions = new Map<string, string>();
  const collect = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) node.children.forEach((child) => collect(child as Nodes));
  };
  collect(tree);
  const visit = (node: Nodes) => {
    const position = node.position;
    if (node.type === 'html' && position) report(position.start.line, htmlFinding(node.value));
    if (node.type === 'text' && position?.start.offset !== undefined && position.end.offset !== undefined) {
      const source = body.slice(position.start.offset, position.end.offset);
      const first = unescapedBrace(source);
      // A component with expression props (`<Chart data={[1]} />`) is no HTML tag to Markdown.
      const component = /<[A-Z][\w.:-]*/.exec(source);
      if (component) report(lineOf(body, position.start.offset + component.index), htmlFinding(component[0]));
      else if (first !== undefined) {
        report(
          lineOf(body, position.start.offset + first),
          '`{` starts an expression, and expressions are not run: write `\\{` for a literal brace',
        );
      }
    }
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && position) {
      const reason = unsafeUrlReason(node.url, node.type === 'image' ? 'src' : 'href');
      if (reason) report(position.start.line, reason);
    }
    // `![x][ref]` shows the URL of `[ref]: …`, which is checked above only as a link.
    const definition = node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
    if (definition !== undefined && position) {
      const reason = unsafeUrlReason(definition, 'src');
      if (reason) report(position.start.line, reason);
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return findings;
}
