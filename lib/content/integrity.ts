/**
 * Checks across entries, beyond what one file's front matter can show: the same link twice
 * (and, noted, the same title from one site), tags outside the vocabulary, dates still to come, and commentary linking to
 * a page of this site that does not exist.
 */
import type { Root } from 'mdast';
import normalizeUrl from 'normalize-url';
import { type EntryFacts, type FileFinding, fileLineOf, type SourceEntry } from './findings';
import { SLUG_PATTERN } from '../routes';
import { hostnameOf, isAbsoluteHttpUrl, isSitePath } from '../url';
import { suggestTag } from './tags';


/**
 * The form two URLs of the same page share: no scheme, no `www.`, no trailing slash, no
 * fragment, no tracking parameters (`utm_*`, `ref`), the other parameters sorted.
 */
export function canonicalUrl(url: string): string {
  return normalizeUrl(url, {
    stripProtocol: true,
    stripWWW: true,
    stripHash: true,
    removeTrailingSlash: true,
    removeSingleSlash: true,
    removeQueryParameters: [/^utm_\w+/i, 'ref'],
    sortQueryParameters: true,
  });
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Oldest first: by the day shared, then by slug (so `x` comes before `x-2`). */
function oldestFirst(a: EntryFacts, b: EntryFacts): number {
  const day = (entry: EntryFacts) => text(entry.data.date) ?? '';
  return day(a).localeCompare(day(b)) || a.slug.localeCompare(b.slug);
}

/** Every entry that shares a key with an older one, named beside it: the newer file is the one to change. */
function repeats(
  entries: readonly EntryFacts[],
  field: string,
  keyOf: (entry: EntryFacts) => string | undefined,
  what: string,
  level?: 'notice',
): FileFinding[] {
  const first = new Map<string, EntryFacts>();
  const findings: FileFinding[] = [];
  for (const entry of [...entries].sort(oldestFirst)) {
    const key = keyOf(entry);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (!earlier) first.set(key, entry);
    else {
      findings.push({
        file: entry.file,
        line: entry.lines[field],
        field,
        ...(level ? { level } : {}),
        message: `${what} as ${earlier.file}; keep one entry (add anything new to its commentary) or change this one`,
      });
    }
  }
  return findings;
}

export function duplicateUrls(entries: readonly EntryFacts[]): FileFinding[] {
  const key = (entry: EntryFacts) => {
    const url = text(entry.data.url);
    try {
      return url === undefined ? undefined : canonicalUrl(url);
    } catch {
      return undefined; // An invalid URL is reported by the field check.
    }
  };
  return repeats(entries, 'url', key, 'links to the same page');
}

/** The form two titles that read the same share: case and spacing aside. */
const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Not an error: two links may share a title ("Python 3.0" from two sites). The same title from
 * the same site is noted, as it is often one work under two addresses.
 */
export function sameTitleSameSite(entries: readonly EntryFacts[]): FileFinding[] {
  const key = (entry: EntryFacts) => {
    const title = text(entry.data.title);
    const url = text(entry.data.url);
    if (title === undefined || url === undefined || !isAbsoluteHttpUrl(url, { spaces: true })) return undefined;
    return `${hostnameOf(url)} ${titleKey(title)}`;
  };
  return repeats(entries, 'title', key, 'has the same title on the same site', 'notice');
}

/** Not an error: a future-dated entry waits, like a draft, until its day. */
export function futureDates(entries: readonly EntryFacts[], today: string): FileFinding[] {
  return entries.flatMap((entry) => {
    const date = text(entry.data.date);
    if (date === undefined || date <= today || entry.data.draft === true) return [];
    return [{
      file: entry.file,
      line: entry.lines.date,
      field: 'date',
      level: 'notice' as const,
      message: `${date} is after today (${today}): the entry stays off the site, like a draft, until that day`,
    }];
  });
}

export function unknownTags(entries: readonly EntryFacts[], vocabulary: readonly string[], vocabularyFile: string, otherNames: ReadonlyMap<string, string> = new Map()): FileFinding[] {
  const known = new Set(vocabulary);
  return entries.flatMap((entry) => {
    const tags = Array.isArray(entry.data.tags) ? entry.data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    return tags
      // A tag that is not a slug (`AWS`) is the field check's finding, with its lowercase form.
      .filter((tag) => !known.has(tag) && SLUG_PATTERN.test(tag))
      .map((tag): FileFinding => {
        const name = otherNames.get(tag);
        if (name !== undefined) {
          // Shown as the tag's own name everywhere; the entry may keep the other one.
          return { file: entry.file, line: entry.lines.tags, field: 'tags', level: 'notice', message: `"${tag}" is another name of "${name}" in ${vocabularyFile}, which pages show: write "${name}"` };
        }
        const suggestion = suggestTag(tag, vocabulary);
        return {
          file: entry.file,
          line: entry.lines.tags,
          field: 'tags',
          message: `"${tag}" is not in ${vocabularyFile}${suggestion ? `: did you mean "${suggestion}"?` : '.'} A new tag needs a name, title and description there.`,
        };
      });
  });
}

/** A link or image of a body, at its line (of the body, or of the file once read by bodyLinks). */
export interface MarkdownLink {
  url: string;
  line: number;
  image: boolean;
}

/** The links and images of a Markdown tree (inline, reference definitions, autolinks), with their lines. */
function linksOf(tree: Root): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  const visit = (node: { type: string; url?: string; position?: { start: { line: number } }; children?: unknown[] }) => {
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url) {
      links.push({ url: node.url, line: node.position?.start.line ?? 1, image: node.type === 'image' });
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return links;
}

/** `/posts/x/?a#b` → `/posts/x`; a link elsewhere → undefined. Links to the site's own address count as internal. */
function internalPath(url: string, siteUrl: string): string | undefined {
  let path: string;
  if (url.startsWith('/') && !url.startsWith('//')) path = url;
  else if (url.startsWith(`${siteUrl}/`) || url === siteUrl) path = url.slice(siteUrl.length) || '/';
  else return undefined;
  path = path.replace(/[?#].*$/, '');
  return path.length > 1 ? path.replace(/\/+$/, '').replace(/\.html$/, '') : path;
}

/** `/caf%C3%A9` → `/café`; undefined when a `%` starts no valid UTF-8 escape, as in `/caf%E9`. */
function decodedPath(path: string): string | undefined {
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}

/** Commentary links to pages of this site that the build will not produce. */
/** The links and images of an entry's body, at their lines in the file: what the link check reads of it. */
export function bodyLinks(entry: SourceEntry): MarkdownLink[] {
  return linksOf(entry.tree).map((link) => ({ ...link, line: fileLineOf(entry, link.line) }));
}

/** The links of each body (bodyLinks) to a path of the site that is not one of `pages`. */
export function brokenInternalLinks(bodies: readonly { file: string; links: readonly MarkdownLink[] }[], pages: ReadonlySet<string>, siteUrl: string): FileFinding[] {
  return bodies.flatMap(({ file, links }) =>
    links.flatMap(({ url, line, image }) => {
      const path = internalPath(url, siteUrl);
      // An image from anywhere but a path of the site is the commentary check's finding.
      if (path === undefined || pages.has(path) || (image && !isSitePath(url))) return [];
      const finding = { file, line, field: 'commentary' };
      const decoded = decodedPath(path);
      if (decoded === undefined) {
        return [{ ...finding, message: `links to ${path}, whose percent-encoding is broken (a \`%\` must start a UTF-8 escape such as %C3%A9 for é); write the path's characters as they are, or encode them as UTF-8` }];
      }
      if (pages.has(decoded)) return [];
      if (image) return [{ ...finding, message: `shows ${path}, which is not a file in public/: save the image as public${decoded} (or correct the path)` }];
      return [{ ...finding, message: `links to ${path}, which is not a page of this site (a draft, a future entry, or a typo?); link to an existing page such as /posts/<slug>` }];
    }),
  );
}
