/**
 * Reading lists (content/lists/<slug>.yml): a curated, ordered path through entries already
 * shared, each step with a line on why it is there, in optional sections. Pure: lib/posts.ts
 * hands over the published entries and the lists as Contentlayer read them.
 */

/** A list's item as written: a step (an entry by slug, and its note) or the start of a section. */
export type ListItem = { entry: string; note: string } | { section: string };

/** A list as written. */
export interface ReadingListSource {
  slug: string;
  title: string;
  description: string;
  steps: ListItem[];
}

/** One step of a list, numbered from 1, with its entry and the section it stands in. */
export interface ListStep<T> {
  number: number;
  entry: T;
  /** The note as sanitised HTML (lib/markdown.ts). */
  noteHtml: string;
  section?: string;
}

export interface ReadingList<T> {
  slug: string;
  title: string;
  description: string;
  steps: ListStep<T>[];
  /** The day of its newest entry (YYYY-MM-DD), which readers see as when it last grew. */
  updated?: string;
}

const isStep = (item: ListItem): item is { entry: string; note: string } => 'entry' in item;

/**
 * A list with its steps resolved to entries. A step whose entry is not published (the check
 * refuses one; a day passing cannot unpublish) is left out, and the steps are numbered as shown.
 */
export function resolveList<T extends { slug: string; date: string }>(list: ReadingListSource, entryOf: (slug: string) => T | undefined, toHtml: (markdown: string) => string): ReadingList<T> {
  const steps: ListStep<T>[] = [];
  let section: string | undefined;
  for (const item of list.steps) {
    if (!isStep(item)) {
      section = item.section;
      continue;
    }
    const entry = entryOf(item.entry);
    if (entry) steps.push({ number: steps.length + 1, entry, noteHtml: toHtml(item.note), ...(section ? { section } : {}) });
  }
  const updated = steps.map(({ entry }) => entry.date.slice(0, 10)).sort().at(-1);
  return { slug: list.slug, title: list.title, description: list.description, steps, ...(updated ? { updated } : {}) };
}

/** Where an entry stands in a list: its step, and the steps before and after it. */
export interface ListPlace<T> {
  list: { slug: string; title: string; length: number };
  step: number;
  previous?: T;
  next?: T;
}

/** Every list an entry is a step of, with its place there. */
export function placesOf<T extends { slug: string }>(lists: readonly ReadingList<T>[], slug: string): ListPlace<T>[] {
  return lists.flatMap((list) => {
    const index = list.steps.findIndex((step) => step.entry.slug === slug);
    if (index < 0) return [];
    return [{ list: { slug: list.slug, title: list.title, length: list.steps.length }, step: index + 1, previous: list.steps[index - 1]?.entry, next: list.steps[index + 1]?.entry }];
  });
}
