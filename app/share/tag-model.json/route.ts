import { entryText, tagModel } from '@/lib/content/tag-suggestions';
import { plainText } from '@/lib/plain-text';
import { getOtherTagNames, getPosts, getTagVocabulary } from '@/lib/posts';

export const dynamic = 'force-static';

/** The share page's tag suggestions: the published entries' tags and strongest terms, hashed (lib/content/tag-suggestions.ts). */
export function GET() {
  const entries = getPosts().map((post) => ({ text: entryText({ ...post, commentary: plainText(post.body.raw) }), tags: post.tags }));
  return Response.json(tagModel(entries, getTagVocabulary().map(({ name }) => name), getOtherTagNames()));
}
