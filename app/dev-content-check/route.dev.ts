import { readFileSync } from 'node:fs';

// Only `next dev` builds `*.dev.ts` files (next.config.mjs): a deployed site has no such route.
export const dynamic = 'force-static';

/** The findings `npm run dev` wrote after its latest content check, for the preview's banner. */
export function GET() {
  const report = process.env.CONTENT_CHECK_REPORT;
  try {
    return new Response(report ? readFileSync(report, 'utf8') : '[]', { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json([]);
  }
}
