import { shardNames, type ShareShard, shareShards } from '@/lib/content/share';
import { getPosts } from '@/lib/posts';
import { shareShardFile } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ file: string }> };

/** The share page's view of the site, one shard at a time: what the link in its form needs (lib/content/share.ts). */
export function generateStaticParams() {
  return shardNames().map((shard) => ({ file: shareShardFile(shard) }));
}

/** Made once for all 64 routes. */
let shards: Map<string, ShareShard> | undefined;

export async function GET(_request: Request, { params }: Params) {
  shards ??= shareShards(getPosts());
  return Response.json(shards.get((await params).file.replace(/\.json$/, '')));
}
