/**
 * `npm run lock:complete`, after any change to dependencies.
 *
 * The registry mirror our CI machines use serves only the Linux builds of packages with
 * native binaries (Next's SWC, Tailwind's oxide, …), so npm leaves the other platforms'
 * optional packages out of package-lock.json, and `npm ci` then refuses the lockfile as
 * out of sync. This records each missing optional package by name and version; npm
 * resolves it from the registry, and skips it on platforms it is not built for.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, meta] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = {
      version: range.replace(/^[\^~=]/, ''),
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
    };
    added += 1;
  }
}

writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} optional package${added === 1 ? '' : 's'} for other platforms.`);
