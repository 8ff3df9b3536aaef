/**
 * The one owner of "the published entries": every page, feed and listing reads them from
 * here, so drafts and future-dated entries are filtered in exactly one place.
 */
import { allPages, allPosts, type Post as GeneratedPost, tagVocabulary } from 'contentlayer/generated';
import linkStatus from '../content/link-status.json';
import { groupByMonth, hostnameCounts, kindCounts, relatedEntries, withHostname, withKind } from './browse';
import { today } from './dates';
import { neighbours, paginate, selectPublished, tagCounts, withTag } from './entries';
import { KINDS, type Kind } from './kinds';
import { isDead, type LinkRecord } from './link-status';
import { site } from './site';

// Contentlayer types a computed list field as the bare name `list`; it is a list of names.
export type Post = Omit<GeneratedPost, 'authors'> & {
  authors: string[];
  /** The entry's `archive` copy, once `npm run check:links` has found the link dead. */
  archivedCopy?: string;
};

// Decided by Next.js's own mode, not Contentlayer's: its CLI always runs with NODE_ENV=development.
const includeUnpublished = process.env.NODE_ENV === 'development';

const withArchivedCopy = (post: Post): Post =>
  post.archive && isDead(post.url, linkStatus as LinkRecord[]) ? { ...post, archivedCopy: post.archive } : post;

const published: Post[] = selectPublished((allPosts as Post[]).map(withArchivedCopy), { includeUnpublished, today: today() });

export function getPosts(): Post[] {
  return published;
}

export function getPost(slug: string): Post | undefined {
  return published.find((post) => post.slug === slug);
}

export function getNeighbours(slug: string) {
  return neighbours(published, slug);
}

export function getPostsPage(page: number) {
  return paginate(published, page, site.pageSize);
}

export function getTags() {
  return tagCounts(published);
}

/** A tag's title and description from content/tags.yml (`npm run check` ensures every used tag is there). */
export function getTagInfo(tag: string) {
  return tagVocabulary.tags.find((info) => info.name === tag);
}

export function getTagPosts(tag: string): Post[] {
  return withTag(published, tag);
}

export function getTagPostsPage(tag: string, page: number) {
  return paginate(getTagPosts(tag), page, site.pageSize);
}

export function getRelated(post: Post): Post[] {
  return relatedEntries(published, post);
}

export function getArchive() {
  return groupByMonth(published);
}

export function getKinds() {
  return kindCounts(published, KINDS);
}

export function getKindPostsPage(kind: Kind, page: number) {
  return paginate(withKind(published, kind), page, site.pageSize);
}

export function getDomains() {
  return hostnameCounts(published);
}

export function getDomainPostsPage(hostname: string, page: number) {
  return paginate(withHostname(published, hostname), page, site.pageSize);
}

export function getPage(slug: string) {
  return allPages.find((page) => page.slug === slug);
}
