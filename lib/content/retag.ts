/**
 * What `npm run tags` changes (scripts/author/tags.ts), as pure edits of file text: renaming
 * a tag or merging one into another in content/tags.yml, moving entries from the old name to
 * the new, and writing vercel.json's tag redirects. Each edit changes only what it must: the
 * rest of every file stays as written.
 */
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { canonicalTags, isTagRedirect, tagRedirects } from '../tag-vocabulary';
import { parseVocabulary } from './tags';

export class RetagError extends Error {}

const FENCE = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---\r?(?:\n|$))/;

function itemsOf(source: string) {
  const doc = parseDocument(source);
  const list = isMap(doc.contents) ? doc.contents.get('tags', true) : undefined;
  if (doc.errors.length > 0 || !isSeq(list)) throw new RetagError('content/tags.yml is not a list of tags: run `npm run check` and fix it first');
  const item = (name: string) => (list as YAMLSeq).items.find((node): node is YAMLMap => isMap(node) && node.get('name') === name);
  return { doc, list: list as YAMLSeq, item };
}

/** A name list (`renamed-from`, `aliases`) of an item with `names` added, written `[a, b]`. */
function addNames(doc: ReturnType<typeof parseDocument>, item: YAMLMap, field: string, names: string[]) {
  const current = item.get(field);
  const before = current === undefined ? [] : isSeq(current) ? (current.toJSON() as string[]) : [String(current)];
  const all = [...new Set([...before, ...names])];
  if (all.length === 0) return;
  const node = doc.createNode(all);
  node.flow = true;
  item.set(field, node);
}

function checked(from: string, vocabulary: string) {
  const { tags, otherNames } = parseVocabulary('content/tags.yml', vocabulary);
  const names = new Set(tags.map(({ name }) => name));
  if (!names.has(from)) throw new RetagError(`"${from}" is not a tag of content/tags.yml${otherNames.has(from) ? ` (it already stands for "${otherNames.get(from)}")` : ''}`);
  return { names, otherNames };
}

/** content/tags.yml with tag `from` named `to`, its old name kept as `renamed-from`. */
export function renameInVocabulary(vocabulary: string, from: string, to: string): string {
  const { names, otherNames } = checked(from, vocabulary);
  if (names.has(to)) throw new RetagError(`"${to}" is a tag already: merge the two with \`npm run tags -- merge ${from} ${to}\``);
  if (otherNames.has(to) && otherNames.get(to) !== from) throw new RetagError(`"${to}" already stands for "${otherNames.get(to)}"`);
  const { doc, list, item } = itemsOf(vocabulary);
  const tag = item(from)!;
  tag.set('name', to);
  addNames(doc, tag, 'renamed-from', [from]);
  // A name may not stand for itself: `to` leaves the tag's other names.
  for (const field of ['aliases', 'renamed-from']) {
    const names = tag.get(field);
    if (isSeq(names)) names.items = names.items.filter((node) => String((node as { value?: unknown }).value ?? node) !== to);
  }
  for (const node of list.items) if (isMap(node) && node.get('merged-into') === from) node.set('merged-into', to);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** content/tags.yml with tag `from` merged into `into`: `from` becomes a former tag pointing at it. */
export function mergeInVocabulary(vocabulary: string, from: string, into: string): string {
  const { names } = checked(from, vocabulary);
  if (!names.has(into)) throw new RetagError(`"${into}" is not a tag of content/tags.yml: to give "${from}" a new name, use \`npm run tags -- rename ${from} ${into}\``);
  if (from === into) throw new RetagError('a tag cannot be merged into itself');
  const { doc, list, item } = itemsOf(vocabulary);
  const old = item(from)!;
  const target = item(into)!;
  // The old tag's other names now stand for the tag it joined.
  for (const field of ['aliases', 'renamed-from']) {
    const moved = old.get(field);
    if (moved !== undefined) addNames(doc, target, field, isSeq(moved) ? (moved.toJSON() as string[]) : [String(moved)]);
  }
  list.items[list.items.indexOf(old)] = doc.createNode({ name: from, 'merged-into': into });
  for (const node of list.items) if (isMap(node) && node.get('merged-into') === from) node.set('merged-into', into);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** An entry's file with tag `from` written `to` (once, where it stood), or undefined when it has no `from`. */
export function retagEntry(source: string, from: string, to: string): string | undefined {
  const fence = FENCE.exec(source);
  if (!fence) return undefined;
  const doc = parseDocument(fence[2]);
  const tags = isMap(doc.contents) ? doc.contents.get('tags', true) : undefined;
  if (!isSeq(tags) || !tags.range) return undefined;
  const written = tags.toJSON() as unknown[];
  if (!written.includes(from)) return undefined;
  const renamed = canonicalTags(written.map(String), new Map([[from, to]]));
  const [start, end] = tags.range;
  const yaml = `${fence[2].slice(0, start)}[${renamed.join(', ')}]${fence[2].slice(end).replace(/^[ \t]*(?=\r?\n|$)/, '')}`;
  return `${fence[1]}${yaml}${fence[3]}${source.slice(fence[0].length)}`;
}

/** vercel.json with its tag redirects made those the vocabulary's other names need; every other setting as it was. */
export function withTagRedirects(routes: string, vocabulary: string): string {
  const config = JSON.parse(routes) as { redirects?: { source: string }[] } & Record<string, unknown>;
  const kept = (config.redirects ?? []).filter((redirect) => !isTagRedirect(redirect));
  const redirects = [...kept, ...tagRedirects(parseVocabulary('content/tags.yml', vocabulary).otherNames)];
  if (redirects.length > 0) config.redirects = redirects;
  else delete config.redirects;
  return `${JSON.stringify(config, null, 2)}\n`;
}
