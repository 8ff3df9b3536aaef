/**
 * The one owner of "the published entries" (Contentlayer's posts): every page, feed and
 * listing reads them from here, so drafts and future-dated entries are filtered in exactly
 * one place. The list operations themselves are lib/entries.ts and lib/pagination.ts.
 */
import type { Post as GeneratedPost } from 'contentlayer/generated';
import { allPages, allPosts, allReadingLists, tagVocabulary } from './documents';
import linkStatus from '../content/link-status.json';
import { MAX_DESCRIPTION_LENGTH } from './content/validation';
import { today } from './dates';
import { digestWeeks } from './digest';
import { type Discussion, discussionsOf } from './discussions';
import { countBy, entriesByValue, groupByMonth, neighbours, relatedEntries, selectPublished, tagsBeside } from './entries';
import { KINDS, type Kind, kindOf } from './kinds';
import { isDead, type LinkRecord } from './link-status';
import { markdownToHtml } from './markdown';
import { paginate, type PageTarget } from './pagination';
import { fitText } from './fit-text';
import { plainText } from './plain-text';
import { site } from './site';
import { encodedUrl } from './url';
import { canonicalTags, otherNamesOf, type VocabularyItem } from './tag-vocabulary';
import { type ListItem, placesOf, type ReadingList, resolveList } from './reading-lists';

// Contentlayer types a computed list field as the bare name `list`; it is a list of names.
export type Post = Omit<GeneratedPost, 'authors' | 'title' | 'description' | 'discussions' | 'kind'> & {
  /** What kind of entry it is (lib/kinds.ts): a quotation, or the kind of thing its link is. */
  kind: Kind;
  /** Where it was discussed, as recorded. */
  discussions: Discussion[];
  /** A link's title, or a quotation's ("Quoting Leslie Lamport" unless one is given). */
  title: string;
  /** A link's description, or a quotation's words as plain text, cut to fit. */
  description: string;
  authors: string[];
  /** The entry's `archive` copy, once `npm run check:links` has found the link dead. */
  archivedCopy?: string;
  /** A quotation's words as sanitised HTML (lib/markdown.ts); absent on a link. */
  quoteHtml?: string;
};

/** A quotation's title and description, derived when not given; a link as it is. */
function withDerivedFields(post: GeneratedPost): Post {
  const { quote } = post;
  return {
    ...(post as Omit<GeneratedPost, 'authors' | 'discussions'> & { authors: string[] }),
    kind: kindOf(post),
    // A space a bookmark kept is linked as a browser sends it.
    url: encodedUrl(post.url),
    // An alias or a former name is shown as the tag's own.
    tags: canonicalTags(post.tags, otherTagNames),
    title: post.title ?? `Quoting ${post.by}`,
    description: post.description ?? fitText(plainText(quote ?? ''), MAX_DESCRIPTION_LENGTH),
    ...(quote ? { quoteHtml: markdownToHtml(quote) } : {}),
    discussions: discussionsOf(post.discussions),
  };
}

// Decided by Next.js's own mode, not Contentlayer's: its CLI always runs with NODE_ENV=development.
const includeUnpublished = process.env.NODE_ENV === 'development';

/** content/tags.yml's items, as `npm run check` has checked them. */
const vocabularyItems = tagVocabulary.tags as VocabularyItem[];
const otherTagNames = otherNamesOf(vocabularyItems);

const withArchivedCopy = (post: Post): Post =>
  post.archive && isDead(post.url, linkStatus as LinkRecord[]) ? { ...post, archivedCopy: post.archive } : post;

const published: Post[] = selectPublished(allPosts.map(withDerivedFields).map(withArchivedCopy), { includeUnpublished, today: today() });

export function getPosts(): Post[] {
  return published;
}

// By slug: every entry's page looks itself up, which at 3,000 entries is 9 million comparisons by scanning.
const indexOfSlug = new Map(published.map((post, index) => [post.slug, index]));

export function getPost(slug: string): Post | undefined {
  const index = indexOfSlug.get(slug);
  return index === undefined ? undefined : published[index];
}

export function getNeighbours(slug: string) {
  return neighbours(published, indexOfSlug.get(slug));
}

/**
 * Everything an entry's page shows: the entry, the entries before and after it, and the related
 * ones. The page reads nothing else, so this (with the site's code and settings) is what the
 * build cache files its finished page under (lib/build-cache/pages.ts).
 */
export function getEntryPage(slug: string) {
  const post = getPost(slug);
  if (!post) return undefined;
  const { newer, older } = getNeighbours(slug);
  return { post, newer, older, related: getRelated(post), lists: getListPlaces(slug) };
}

/** The reading lists, by title, each step a published entry. */
const readingLists: ReadingList<Post>[] = allReadingLists
  .map((list) => resolveList({ ...list, steps: list.steps as ListItem[] }, getPost, markdownToHtml))
  .filter((list) => list.steps.length > 0)
  .sort((a, b) => a.title.localeCompare(b.title));

export function getReadingLists(): ReadingList<Post>[] {
  return readingLists;
}

export function getReadingList(slug: string): ReadingList<Post> | undefined {
  return readingLists.find((list) => list.slug === slug);
}

/** The lists an entry is a step of: "Step 3 of Start here: consensus", with the steps either side. */
export function getListPlaces(slug: string) {
  return placesOf(readingLists, slug);
}

export type EntryPage = NonNullable<ReturnType<typeof getEntryPage>>;

export function getPostsPage(page: PageTarget) {
  return paginate(published, page, site.pageSize);
}

/** Every tag in use, most used first. */
export function getTags() {
  return countBy(published, 'tag').map(({ value, count }) => ({ tag: value, count }));
}

/** A tag's title and description from content/tags.yml (`npm run check` ensures every used tag is there). */
export function getTagInfo(tag: string): { name: string; title: string; description: string } | undefined {
  const info = vocabularyItems.find((item) => item.name === tag && item.title !== undefined);
  return info && { name: info.name, title: info.title!, description: info.description ?? '' };
}

/** Every tag an entry may use, in the vocabulary's order, under its own name. */
export function getTagVocabulary() {
  return vocabularyItems.flatMap(({ name, title }) => (title === undefined ? [] : [{ name, title }]));
}

/** The `limit` most used tags of the vocabulary, with their titles, then the unused ones in vocabulary order. */
export function getPopularTags(limit: number): { name: string; title: string }[] {
  const vocabulary = getTagVocabulary();
  const titles = new Map(vocabulary.map(({ name, title }) => [name, title]));
  const used = getTags().flatMap(({ tag }) => (titles.has(tag) ? [{ name: tag, title: titles.get(tag)! }] : []));
  const usedNames = new Set(used.map(({ name }) => name));
  return [...used, ...vocabulary.filter(({ name }) => !usedNames.has(name))].slice(0, limit);
}

/** Each other name of a tag (an alias, a former name, a tag merged into it), and the tag it stands for. */
export function getOtherTagNames(): ReadonlyMap<string, string> {
  return otherTagNames;
}

/** What a tag's page and feed say it is about. */
export function tagDescription(tag: string): string {
  return getTagInfo(tag)?.description ?? `Links about ${tag} on ${site.name}.`;
}

/** The tags to narrow a tag's list with: those its entries hold most often beside it, with how many hold both. */
export function getTagsBeside(tag: string, limit = 8) {
  return tagsBeside(getTagPosts(tag), tag)
    .slice(0, limit)
    .map(({ value, count }) => ({ tag: value, count }));
}

const withTag = entriesByValue(published, 'tag');
const fromHost = entriesByValue(published, 'hostname');
const ofKind = entriesByValue(published, 'kind');

export function getTagPosts(tag: string): Post[] {
  return withTag.get(tag) ?? [];
}

export function getTagPostsPage(tag: string, page: PageTarget) {
  return paginate(getTagPosts(tag), page, site.listPageSize);
}

const related = relatedEntries(published);

export function getRelated(post: Post): Post[] {
  return related(post);
}

const archive = groupByMonth(published);

/** The years with entries, newest first, each with its months and how many entries each holds. */
export function getArchiveYears() {
  return archive.map(({ year, count, months }) => ({ year, count, months: months.map(({ month, entries }) => ({ month, count: entries.length })) }));
}

/** One year of the archive, its entries by month; undefined for a year with none. */
export function getArchiveYear(year: number) {
  return archive.find((entry) => entry.year === year);
}

/** The kinds in use, in the order of KINDS. */
export function getKinds() {
  return countBy<Kind>(published, 'kind', KINDS).map(({ value, count }) => ({ kind: value, count }));
}

export function getKindPostsPage(kind: Kind, page: PageTarget) {
  return paginate(getKindPosts(kind), page, site.listPageSize);
}

/** Every source linked to, most linked first. */
export function getDomains() {
  return countBy(published, 'hostname').map(({ value, count }) => ({ hostname: value, count }));
}

export function getDomainPostsPage(hostname: string, page: PageTarget) {
  return paginate(fromHost.get(hostname) ?? [], page, site.listPageSize);
}

export function getPage(slug: string) {
  return allPages.find((page) => page.slug === slug);
}

const weeks = digestWeeks(published, today());

/** The weeks of the digest: complete, with entries, newest first. */
export function getDigestWeeks() {
  return weeks;
}

/** One week's digest, with the weeks before and after it that have one. */
export function getDigestWeek(id: string) {
  const index = weeks.findIndex((week) => week.id === id);
  if (index < 0) return undefined;
  return { week: weeks[index], newer: weeks[index - 1], older: weeks[index + 1] };
}

export function getDigestWeeksPage(page: PageTarget) {
  return paginate(weeks, page, site.listPageSize);
}

/** Every entry of one kind, newest first. */
export function getKindPosts(kind: Kind): Post[] {
  return ofKind.get(kind) ?? [];
}
