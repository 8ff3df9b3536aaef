/** After `next build`: gives every page of out/ a policy listing its own inline scripts' hashes (lib/csp.ts). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withScriptPolicy } from '../lib/csp';

const pages = readdirSync('out', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));
for (const page of pages) writeFileSync(page, withScriptPolicy(readFileSync(page, 'utf8')));
console.log(`Pinned the inline scripts of ${pages.length} pages.`);
