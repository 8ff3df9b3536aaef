/** What the content checks report, and how: one shape for every check, so none imports another. */
import type { Root } from 'mdast';
import type { FieldText } from './frontmatter';

/** A problem in one content file, located well enough to fix without searching. */
export interface FileFinding {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** A notice informs (a future date); only errors fail the check. */
  level?: 'error' | 'notice';
}

/** An entry or page as read from its file, front matter already parsed. */
export interface SourceEntry {
  file: string;
  slug: string;
  data: Record<string, unknown>;
  /** The line of each front-matter field, and where each text value starts (lib/content/frontmatter.ts). */
  lines: Record<string, number>;
  values?: Record<string, FieldText>;
  /** The Markdown after the front matter, the file line it starts on, and its syntax tree (parsed once, for every check). */
  body: string;
  bodyLine: number;
  /**
   * Whether the body's lines are the file's lines from bodyLine on: true for the commentary and a
   * literal (`|`) YAML value; false for a folded (`>`) or quoted one, whose lines the parser
   * joins or unescapes, so that every finding in it is named at the line its value starts on.
   */
  linesKept?: false;
  tree: Root;
}

/** What the checks across files read of an entry: its file, slug and front matter, not its body. */
export type EntryFacts = Pick<SourceEntry, 'file' | 'slug' | 'data' | 'lines'>;

/** The file line of line `n` (1-based) of an entry's body. */
export const fileLineOf = (entry: Pick<SourceEntry, 'bodyLine' | 'linesKept'>, n: number) => (entry.linesKept === false ? entry.bodyLine : entry.bodyLine + n - 1);

/** A character as a finding names it: `U+0007`. */
export const codePointOf = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `content/posts/a.mdx:4 url: must be …`, the shape editors and CI logs turn into links. */
export function formatFinding({ file, line, field, message, level }: FileFinding): string {
  return `${file}${line ? `:${line}` : ''} ${level === 'notice' ? 'notice: ' : ''}${field ? `${field}: ` : ''}${message}`;
}
