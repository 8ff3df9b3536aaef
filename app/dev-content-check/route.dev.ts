import { readFileSync } from 'node:fs';
import { type FileFinding, formatFinding } from '@/lib/content/findings';

// Only `next dev` builds `*.dev.ts` files (next.config.mjs): a deployed site has no such route.
export const dynamic = 'force-static';

/** The findings `npm run dev` wrote after its latest content check, as the preview's banner shows them. */
export function GET() {
  let findings: FileFinding[] = [];
  try {
    findings = JSON.parse(readFileSync(process.env.CONTENT_CHECK_REPORT ?? '', 'utf8'));
  } catch {
    // No check has reported yet.
  }
  return Response.json(
    { errors: findings.filter((finding) => finding.level !== 'notice').length, lines: findings.map(formatFinding) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
