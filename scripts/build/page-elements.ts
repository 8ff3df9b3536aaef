/** The elements of a built page that the post-build steps look at, with where each stands. */
import { Parser } from 'htmlparser2';

export interface PageElement {
  name: string;
  attributes: Record<string, string>;
  /** A script's code, as written. */
  text: string;
  /** The element's first character, and the one after its end (closing tag included). */
  start: number;
  end: number;
}

/** Every element named in `names`, in document order. */
export function elementsOf(html: string, names: ReadonlySet<string>): PageElement[] {
  const elements: PageElement[] = [];
  let open: PageElement | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!names.has(name)) return;
        open = { name, attributes, text: '', start: parser.startIndex, end: parser.endIndex + 1 };
        elements.push(open);
      },
      ontext(text) {
        if (open?.name === 'script') open.text += text;
      },
      onclosetag(name) {
        if (open?.name === name) open.end = parser.endIndex + 1;
        open = undefined;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return elements;
}

/** The page without the given elements. */
export function withoutElements(html: string, elements: readonly PageElement[]): string {
  let page = '';
  let from = 0;
  for (const { start, end } of [...elements].sort((a, b) => a.start - b.start)) {
    page += html.slice(from, start);
    from = end;
  }
  return page + html.slice(from);
}
