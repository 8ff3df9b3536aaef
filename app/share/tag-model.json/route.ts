import { keepingBuild } from '@/lib/build-cache/plan';
import { keptTermCounts } from '@/lib/build-cache/tag-terms';
import { entryText, tagModelOfCounted, termCountsOf } from '@/lib/content/tag-suggestions';
import { plainText } from '@/lib/plain-text';
import { getOtherTagNames, getPosts, getTagVocabulary } from '@/lib/posts';

export const dynamic = 'force-static';

/**
 * The share page's tag suggestions: the published entries' tags and strongest terms, hashed
 * (lib/content/tag-suggestions.ts). Each entry's terms are kept by the build (lib/build-cache/tag-terms.ts).
 */
export function GET() {
  const posts = getPosts();
  const terms = keptTermCounts(posts, (post) => termCountsOf(entryText({ ...post, commentary: plainText(post.body.raw) })), keepingBuild());
  const entries = posts.map((post, index) => ({ tags: post.tags, terms: terms[index] }));
  return Response.json(tagModelOfCounted(entries, getTagVocabulary().map(({ name }) => name), getOtherTagNames()));
}
