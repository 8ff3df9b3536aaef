import { closest, distance } from 'fastest-levenshtein';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { FileFinding } from './findings';
import { SLUG_PATTERN } from '../routes';
import { controlCharacterProblem } from './validation';
import { isTagRedirect, type Redirect, tagRedirects } from '../tag-vocabulary';

/** One tag of the vocabulary in content/tags.yml, as its tag page shows it. */
export interface TagInfo {
  name: string;
  title: string;
  description: string;
}

const TAG_FIELDS = 'name, title and description, and optionally aliases and renamed-from';

/**
 * Reads content/tags.yml (`tags:` then a list of `name`, `title`, `description`, with optional
 * `aliases` and `renamed-from`, or a former tag's `name` and `merged-into`), keeping the line of
 * each tag for findings. Returns the tags that are well formed, their other names, and every
 * problem.
 */
export function parseVocabulary(
  file: string,
  source: string,
): { tags: TagInfo[]; otherNames: Map<string, string>; findings: FileFinding[]; lines: Record<string, number> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    return { tags: [], otherNames: new Map(), lines: {}, findings: [{ file, line: lineAt(first.pos[0]), message: `invalid YAML: ${first.message.split('\n')[0]}` }] };
  }
  const list = isMap(doc.contents) ? doc.contents.get('tags', true) : undefined;
  if (!isSeq(list)) {
    return { tags: [], otherNames: new Map(), lines: {}, findings: [{ file, line: 1, field: 'tags', message: 'must be a list of tags, each with a name, a title and a description' }] };
  }

  const tags: TagInfo[] = [];
  const lines: Record<string, number> = {};
  const findings: FileFinding[] = [];
  /** Other names as written, with their line, checked once every tag is known. */
  const others: { name: string; tag: string; line?: number; field: string }[] = [];
  const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value);
  for (const item of list.items) {
    const line = isMap(item) && item.range ? lineAt(item.range[0]) : undefined;
    const value = isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
    const problem = (field: string, message: string) => findings.push({ file, line, field, message });
    if (!value) {
      problem('tags', 'each tag must have a name, a title and a description');
      continue;
    }
    const { name, title, description, aliases, 'renamed-from': renamedFrom, 'merged-into': mergedInto, ...rest } = value;
    const before = findings.length;
    if (typeof name === 'number') {
      problem('name', `${name} is read as a number: write the name in quotes, "${name}"`);
    } else if (!isSlug(name)) {
      problem('name', `${JSON.stringify(name)} is not a tag name: use lowercase words joined by hyphens, such as formal-methods`);
    } else if (lines[name] !== undefined) {
      problem('name', `"${name}" is listed twice (first on line ${lines[name]}): keep one`);
    }
    if (mergedInto !== undefined) {
      // A former tag: its name and the tag it joined, nothing else.
      const extra = Object.keys(value).filter((key) => key !== 'name' && key !== 'merged-into');
      if (!isSlug(mergedInto)) problem('merged-into', `${JSON.stringify(mergedInto)} is not a tag name: name the tag "${String(name)}" joined`);
      for (const key of extra) problem(key, `a tag merged into another has only name and merged-into: delete ${key}`);
      if (findings.length === before && isSlug(name)) {
        others.push({ name, tag: mergedInto as string, line, field: 'merged-into' });
        lines[name] = line ?? 0;
      }
      continue;
    }
    for (const [field, names] of Object.entries({ aliases, 'renamed-from': renamedFrom })) {
      if (names === undefined) continue;
      const written = field === 'renamed-from' && typeof names === 'string' ? [names] : names;
      if (!Array.isArray(written) || !written.every(isSlug)) {
        problem(field, `must be a list of tag names, such as [${field === 'aliases' ? 'tla' : 'tlaplus'}]`);
      } else if (isSlug(name)) {
        for (const other of written) others.push({ name: other, tag: name, line, field });
      }
    }
    if (typeof title !== 'string' || title.trim() === '') problem('title', `tag ${JSON.stringify(name)} needs a title, shown on its page`);
    if (typeof description !== 'string' || description.trim() === '') {
      problem('description', `tag ${JSON.stringify(name)} needs a description, shown on its page`);
    }
    for (const [field, text] of Object.entries({ title, description })) {
      const control = typeof text === 'string' ? controlCharacterProblem(text.replace(/\n$/, '')) : undefined;
      if (control) problem(field, control);
    }
    for (const key of Object.keys(rest)) problem(key, `is not a tag field: use ${TAG_FIELDS}`);
    if (findings.length === before) {
      tags.push({ name: name as string, title: title as string, description: description as string });
      lines[name as string] = line ?? 0;
    }
  }
  const names = new Set(tags.map((tag) => tag.name));
  const otherNames = new Map<string, string>();
  for (const other of others) {
    const problem = (message: string) => findings.push({ file, line: other.line, field: other.field, message });
    if (other.field === 'merged-into' && !names.has(other.tag)) problem(`"${other.tag}" is not a tag of this file: merge "${other.name}" into one that is`);
    else if (other.field !== 'merged-into' && names.has(other.name)) problem(`"${other.name}" is a tag of its own: a tag cannot be another's other name (merge it with \`npm run tags -- merge ${other.name} ${other.tag}\`)`);
    else if (otherNames.has(other.name)) problem(`"${other.name}" already stands for "${otherNames.get(other.name)}": a name can stand for one tag only`);
    else otherNames.set(other.name, other.tag);
  }
  return { tags, otherNames, findings, lines };
}

/**
 * vercel.json's redirects under /tags/ must be exactly those the vocabulary's other names need
 * (lib/tag-vocabulary.ts): an old tag page that stops redirecting breaks links and feeds, and a
 * redirect nothing asked for hides a page.
 */
export function tagRedirectProblems(routes: { file: string; source: string }, otherNames: ReadonlyMap<string, string>): FileFinding[] {
  let config: { redirects?: Redirect[] };
  try {
    config = JSON.parse(routes.source) as { redirects?: Redirect[] };
  } catch {
    return [{ file: routes.file, message: 'is not valid JSON' }];
  }
  const key = (redirect: Redirect) => `${redirect.source} → ${redirect.destination}${redirect.permanent ? '' : ' (not permanent)'}`;
  const written = new Set((config.redirects ?? []).filter(isTagRedirect).map(key));
  const needed = new Set(tagRedirects(otherNames).map(key));
  const fix = 'run `npm run tags -- redirects` to write them from content/tags.yml';
  return [
    ...[...needed].filter((redirect) => !written.has(redirect)).map((redirect) => ({ file: routes.file, field: 'redirects', message: `lacks ${redirect}: ${fix}` })),
    ...[...written].filter((redirect) => !needed.has(redirect)).map((redirect) => ({ file: routes.file, field: 'redirects', message: `has ${redirect}, which no other name in content/tags.yml needs: ${fix}` })),
  ];
}

/** The vocabulary's nearest tag to a mistyped one, when it is near enough to be what was meant. */
export function suggestTag(written: string, names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  // Tags are lowercase: `AWS` means `aws`.
  const tag = written.toLowerCase();
  if (names.includes(tag)) return tag;
  const plural = names.find((name) => name === tag.replace(/s$/, '') || `${name}s` === tag);
  if (plural) return plural;
  const nearest = closest(tag, names as string[]);
  return distance(tag, nearest) <= Math.max(2, Math.floor(tag.length / 3)) ? nearest : undefined;
}
