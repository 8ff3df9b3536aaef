import { closest, distance } from 'fastest-levenshtein';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { FileFinding } from './findings';
import { SLUG_PATTERN } from '../routes';
import { controlCharacterProblem } from './validation';

/** One tag of the vocabulary in content/tags.yml, as its tag page shows it. */
export interface TagInfo {
  name: string;
  title: string;
  description: string;
}

/**
 * Reads content/tags.yml (`tags:` then a list of `name`, `title`, `description`), keeping
 * the line of each tag for findings. Returns the tags that are well formed, and every problem.
 */
export function parseVocabulary(file: string, source: string): { tags: TagInfo[]; findings: FileFinding[]; lines: Record<string, number> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    return { tags: [], lines: {}, findings: [{ file, line: lineAt(first.pos[0]), message: `invalid YAML: ${first.message.split('\n')[0]}` }] };
  }
  const list = isMap(doc.contents) ? doc.contents.get('tags', true) : undefined;
  if (!isSeq(list)) {
    return { tags: [], lines: {}, findings: [{ file, line: 1, field: 'tags', message: 'must be a list of tags, each with a name, a title and a description' }] };
  }

  const tags: TagInfo[] = [];
  const lines: Record<string, number> = {};
  const findings: FileFinding[] = [];
  for (const item of list.items) {
    const line = isMap(item) && item.range ? lineAt(item.range[0]) : undefined;
    const value = isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
    const problem = (field: string, message: string) => findings.push({ file, line, field, message });
    if (!value) {
      problem('tags', 'each tag must have a name, a title and a description');
      continue;
    }
    const { name, title, description, ...rest } = value;
    const before = findings.length;
    if (typeof name !== 'string' || !SLUG_PATTERN.test(name)) {
      problem('name', `${JSON.stringify(name)} is not a tag name: use lowercase words joined by hyphens, such as formal-methods`);
    } else if (lines[name] !== undefined) {
      problem('name', `"${name}" is listed twice (first on line ${lines[name]}): keep one`);
    }
    if (typeof title !== 'string' || title.trim() === '') problem('title', `tag ${JSON.stringify(name)} needs a title, shown on its page`);
    if (typeof description !== 'string' || description.trim() === '') {
      problem('description', `tag ${JSON.stringify(name)} needs a description, shown on its page`);
    }
    for (const [field, text] of Object.entries({ title, description })) {
      const control = typeof text === 'string' ? controlCharacterProblem(text.replace(/\n$/, '')) : undefined;
      if (control) problem(field, control);
    }
    for (const key of Object.keys(rest)) problem(key, 'is not a tag field: use name, title and description');
    if (findings.length === before) {
      tags.push({ name: name as string, title: title as string, description: description as string });
      lines[name as string] = line ?? 0;
    }
  }
  return { tags, findings, lines };
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
