/** The entries already in a posts folder, as the authoring commands need them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { slugOfFile } from '../../lib/routes';

export interface EntryFile {
  file: string;
  slug: string;
  /** The link it shares; undefined when its front matter is broken or has none. */
  url?: string;
  title?: string;
  /** Its day, as written (YYYY-MM-DD when valid); undefined when broken or missing. */
  date?: string;
  draft: boolean;
}

/** Every `.mdx` file of `postsDir`, in name order. */
export function readEntryFiles(postsDir: string): EntryFile[] {
  return readdirSync(postsDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(postsDir, name);
      const parsed = parseFrontMatter(readFileSync(file, 'utf8'));
      const { url, title, date, draft } = 'error' in parsed ? {} : parsed.data;
      return {
        file,
        slug: slugOfFile(name),
        ...(typeof url === 'string' ? { url } : {}),
        ...(typeof title === 'string' ? { title } : {}),
        ...(date !== undefined ? { date: String(date) } : {}),
        draft: draft === true,
      };
    });
}
