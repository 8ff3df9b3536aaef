import { parseFrontMatter } from './frontmatter';
import { validatePage, validatePost, validateSlug } from './validation';

/** A problem in one content file, located well enough to fix without searching. */
export interface FileFinding {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export type ContentType = 'post' | 'page';

/** Checks one content file's front matter and name; `file` is its path relative to the project. */
export function checkContentFile(file: string, source: string, type: ContentType): FileFinding[] {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const findings: FileFinding[] = validateSlug(slug).map((finding) => ({ file, ...finding }));
  const parsed = parseFrontMatter(source);
  if ('error' in parsed) return [...findings, { file, line: parsed.line, message: parsed.error }];
  const problems = type === 'post' ? validatePost(parsed.data) : validatePage(parsed.data);
  return [...findings, ...problems.map(({ field, message }) => ({ file, line: parsed.lines[field], field, message }))];
}

/** `content/posts/a.mdx:4 url: must be …`, the shape editors and CI logs turn into links. */
export function formatFinding({ file, line, field, message }: FileFinding): string {
  return `${file}${line ? `:${line}` : ''} ${field ? `${field}: ` : ''}${message}`;
}
