import { shareImage } from '@/components/ShareImage';
import { fitText } from '@/lib/fit-text';
import { KIND_LABELS } from '@/lib/kinds';
import { toRender } from '@/lib/build-cache/plan';
import { getPost, getPosts } from '@/lib/posts';
import { postImagePath } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ image: string }> };

// A route handler rather than the opengraph-image file convention, which `output: 'export'`
// cannot prerender under a dynamic segment; the ".png" in the segment names the exported file.
// Less the images the build copies from its cache (lib/build-cache/pages.ts).
export function generateStaticParams() {
  return getPosts()
    .filter((post) => toRender(postImagePath(post.slug)))
    .map((post) => ({ image: `${post.slug}.png` }));
}

export async function GET(_request: Request, { params }: Params) {
  const post = getPost((await params).image.replace(/\.png$/, ''));
  if (!post) return new Response('Not found', { status: 404 });
  // A quotation's card shows its words (cut to fit) and who said them.
  if (post.quoteHtml) return shareImage({ title: `“${fitText(post.description, 110)}”`, kicker: `${post.title} · ${post.hostname}` });
  return shareImage({ title: post.title, kicker: `${KIND_LABELS[post.kind]} · ${post.hostname}` });
}
