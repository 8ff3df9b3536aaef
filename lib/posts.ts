/**
 * The one owner of "the published entries": every page, feed and listing reads them from
 * here, so drafts and future-dated entries are filtered in exactly one place.
 */
import { allPages, allPosts, type Post } from 'contentlayer/generated';
import { today } from './dates';
import { neighbours, paginate, selectPublished, tagCounts, withTag } from './entries';
import { site } from './site';

export type { Post };

// Decided by Next.js's own mode, not Contentlayer's: its CLI always runs with NODE_ENV=development.
const includeUnpublished = process.env.NODE_ENV === 'development';

const published: Post[] = selectPublished(allPosts, { includeUnpublished, today: today() });

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

export function getTagPostsPage(tag: string, page: number) {
  return paginate(withTag(published, tag), page, site.pageSize);
}

export function getPage(slug: string) {
  return allPages.find((page) => page.slug === slug);
}
