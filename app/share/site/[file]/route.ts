import { shardNames, shareShard } from '@/lib/content/share';
import { getPosts } from '@/lib/posts';
import { shareShardFile } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ file: string }> };

/** The share page's view of the site, one shard at a time: what the link in its form needs (lib/content/share.ts). */
export function generateStaticParams() {
  return shardNames().map((shard) => ({ file: shareShardFile(shard) }));
}

export async function GET(_request: Request, { params }: Params) {
  return Response.json(shareShard(getPosts(), (await params).file.replace(/\.json$/, '')));
}
