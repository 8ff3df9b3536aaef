/**
 * `npm run check` for reading lists (content/lists/<slug>.yml, lib/reading-lists.ts): the
 * fields a list has, each step an entry that is published and not already in the list, and
 * every note held to the rules of commentary (no HTML, no expressions, safe links). Every
 * finding names the file, the line and the field.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { SLUG_PATTERN } from '../routes';
import { checkCommentary, parseCommentary } from './commentary';
import type { FileFinding } from './findings';
import { suggestTag } from './tags';
import { controlCharacterProblem } from './validation';

/** What a step's entry may be: published, a draft, or waiting for its day. */
export type EntryState = 'published' | 'draft' | 'future';

const LIST_FIELDS = ['title', 'description', 'steps'];
const MAX = { title: 120, description: 400, section: 120, note: 300 };

function textProblem(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'must be non-empty text';
  if (value.length > max) return `is ${value.length} characters long; keep it to ${max}`;
  return controlCharacterProblem(value);
}

/** A list's file with one more step at its end: `entry` and its `note`; the rest as written. */
export function withStep(source: string, entry: string, note: string): string {
  const doc = parseDocument(source);
  const steps = isMap(doc.contents) ? doc.contents.get('steps', true) : undefined;
  if (!isSeq(steps)) throw new Error('the list has no `steps:` to add to');
  steps.add(doc.createNode({ entry, note }));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function checkReadingList(file: string, source: string, entries: ReadonlyMap<string, EntryState>): FileFinding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) return [{ file, line: lineAt(doc.errors[0].pos[0]), message: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}` }];
  if (!isMap(doc.contents)) return [{ file, line: 1, message: 'must be `title:`, `description:` and `steps:`' }];
  const findings: FileFinding[] = [];
  const root = doc.contents;
  const lineOf = (map: YAMLMap, key: string) => {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    return pair && isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : map.range ? lineAt(map.range[0]) : undefined;
  };
  const problem = (line: number | undefined, field: string, message: string) => findings.push({ file, line, field, message });

  for (const item of root.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!LIST_FIELDS.includes(key)) problem(lineOf(root, key), key, `is not a field of a reading list: use ${LIST_FIELDS.join(', ')}`);
  }
  for (const field of ['title', 'description'] as const) {
    const message = textProblem(root.get(field), MAX[field]);
    if (message) problem(lineOf(root, field), field, message);
  }
  const steps = root.get('steps', true);
  if (!isSeq(steps) || !steps.items.some((item) => isMap(item) && item.has('entry'))) {
    problem(lineOf(root, 'steps'), 'steps', 'must be a list of steps, each `- entry: <slug>` with a `note:` on why it is there');
    return findings;
  }

  const seen = new Map<string, number>();
  const slugs = [...entries.keys()];
  for (const item of steps.items) {
    if (!isMap(item)) {
      problem(steps.range ? lineAt(steps.range[0]) : undefined, 'steps', 'each step is `- entry: <slug>` with a `note:`, or `- section: <heading>`');
      continue;
    }
    const keys = item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
    const line = item.range ? lineAt(item.range[0]) : undefined;
    if (keys.includes('section')) {
      for (const key of keys.filter((key) => key !== 'section')) problem(lineOf(item, key), key, 'a section has only its heading: start the next step on a line of its own');
      const message = textProblem(item.get('section'), MAX.section);
      if (message) problem(lineOf(item, 'section'), 'section', message);
      continue;
    }
    for (const key of keys.filter((key) => key !== 'entry' && key !== 'note')) problem(lineOf(item, key), key, 'is not a field of a step: use entry and note');
    const slug = item.get('entry');
    const entryLine = lineOf(item, 'entry') ?? line;
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) {
      problem(entryLine, 'entry', `${JSON.stringify(slug)} is not an entry's slug: write the name of its file in content/posts/ without .mdx`);
    } else if (!entries.has(slug)) {
      const near = suggestTag(slug, slugs);
      problem(entryLine, 'entry', `"${slug}" is not an entry of content/posts/${near ? `: did you mean "${near}"?` : ''}`);
    } else if (entries.get(slug) !== 'published') {
      problem(entryLine, 'entry', `"${slug}" is ${entries.get(slug) === 'draft' ? 'a draft' : 'dated in the future'}: a list shows published entries only; add the step once it is published`);
    } else if (seen.has(slug)) {
      problem(entryLine, 'entry', `"${slug}" is step ${seen.get(slug)} already: a list takes each entry once`);
    } else {
      seen.set(slug, seen.size + 1);
    }
    const note = item.get('note', true);
    const noteLine = lineOf(item, 'note') ?? line;
    const message = textProblem(isScalar(note) ? note.value : note, MAX.note);
    if (message) {
      problem(noteLine, 'note', message === 'must be non-empty text' ? 'must say in a line why this step is there' : message);
    } else if (isScalar(note)) {
      // A note is Markdown, held to the rules of commentary, every finding on the note's line.
      const body = String(note.value);
      const entry = { file, slug: '', data: {}, lines: {}, body, bodyLine: noteLine ?? 1, linesKept: false as const, tree: parseCommentary(body) };
      findings.push(...checkCommentary(entry).map((finding) => ({ ...finding, field: 'note' })));
    }
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
