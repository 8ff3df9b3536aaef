import { siteScript } from '@/lib/theme';

export const dynamic = 'force-static';

/** The one script every page loads (lib/theme.ts): written to out/site.js at build time. */
export function GET() {
  return new Response(siteScript, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
