/**
 * A rebuild from the build cache, as Vercel makes it: a copy of the project with 105 more
 * entries (so that the home list, a tag and a source each have more than three pages) is built,
 * keeps only .next/cache, gains an entry, changes one, loses one, and builds a day later (which
 * publishes a scheduled one); its out/ must equal a cold build of the same content in the same
 * folder. Each build gets its own deployment id, as a host with skew protection gives it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_CACHE_DIR, CONTENT_CHECK_CACHE, PAGE_CACHE, SEARCH_ENTRY_CACHE, SHARE_IMAGE_CACHE } from '../lib/build-cache/store';
import { today } from '../lib/dates';
import { buildCopy, copyProject, keepOnlyTheCache, removeCopy } from '../scripts/bench/project-copy';

/** Every file of a copy's out/, by its path there. */
function outFiles(dir: string): Map<string, Buffer> {
  const out = join(dir, 'out');
  return new Map(
    readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(out, file), readFileSync(file)]),
  );
}

/**
 * The things two builds of the same site may differ in: the host's deployment id, and Next.js's
 * random build ID, in `_next/static/<id>/` and in the share page (the one page with React), whose
 * inline scripts hold it, and so the hashes its policy pins them by.
 */
function withoutBuildId(dir: string, files: Map<string, Buffer>, deploymentId: string): Map<string, string> {
  const id = readFileSync(join(dir, '.next/BUILD_ID'), 'utf8').trim();
  return new Map(
    [...files].map(([path, bytes]) => {
      const text = bytes.toString('latin1').replaceAll(id, 'BUILD_ID').replaceAll(deploymentId, 'DEPLOYMENT_ID');
      return [path.replaceAll(id, 'BUILD_ID'), path === 'share.html' ? text.replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-…'") : text];
    }),
  );
}

const images = (files: Map<string, Buffer>) => new Map([...files].filter(([path]) => path.startsWith('og/posts/')));

const SOURCE = 'pages.example.org';
const TAG = 'testing';
const dayAfter = (day: string, days = 1) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Entry `n` of the bulk: one a day from 2024-01-01, all from one source and with one tag. */
function bulkEntry(n: number, date = dayAfter('2024-01-01', n), title = `Bulk entry ${n}`): string {
  return `---\ntitle: "${title}"\nurl: https://${SOURCE}/${n}\ndate: ${date}\ndescription: "Entry ${n} of the bulk."\ntags: [${TAG}]\n---\n\nCommentary of entry ${n}.\n`;
}

test('a rebuild keeping only .next/cache makes only what changed, keeps older list pages as they were, and its out/ equals a cold build of the same content', async () => {
  test.setTimeout(600_000);
  const day = today();
  const bulk = Object.fromEntries(Array.from({ length: 105 }, (_, n) => [`content/posts/bulk-${n}.mdx`, bulkEntry(n)]));
  // Scheduled for tomorrow: published by the rebuild, a day later.
  bulk['content/posts/bulk-scheduled.mdx'] = bulkEntry(200, dayAfter(day), 'Scheduled for tomorrow');
  const warm = copyProject(bulk);
  try {
    // Ids of one length: the share page's framework payload counts its characters.
    const first = buildCopy(warm, { NEXT_DEPLOYMENT_ID: 'dpl_build_1', BUILD_DAY: day });
    expect(first.status, first.output).toBe(0);
    const before = outFiles(warm);
    for (const list of ['page/3.html', `tags/${TAG}/page/3.html`, `domains/${SOURCE}/page/3.html`]) expect(before.has(list), list).toBe(true);
    expect(before.has('posts/bulk-scheduled.html')).toBe(false);

    // A shipped link whose title changes, a bulk entry deleted, and a new one shared tomorrow.
    const posts = join(warm, 'content/posts');
    const changed = readdirSync(posts)
      .sort()
      .find((name) => !name.startsWith('bulk-') && /^title: /m.test(readFileSync(join(posts, name), 'utf8')) && !/^quote:/m.test(readFileSync(join(posts, name), 'utf8')))!;
    const changedSlug = changed.replace(/\.mdx$/, '');
    const changedSource = readFileSync(join(posts, changed), 'utf8').replace(/^title: .*$/m, 'title: "A title changed since the last build"');

    keepOnlyTheCache(warm);
    writeFileSync(join(posts, changed), changedSource);
    // With a second tag: the tag's newest page counts it among the tags to narrow with, its older pages do not change.
    writeFileSync(join(posts, 'added-since-the-last-build.mdx'), bulkEntry(300, dayAfter(day), 'Added since the last build').replace(`tags: [${TAG}]`, `tags: [${TAG}, databases]`));
    rmSync(join(posts, 'bulk-100.mdx'));
    // A cached image, page, index part and check damaged on disk are made again, never copied broken.
    for (const kind of [SHARE_IMAGE_CACHE, PAGE_CACHE, SEARCH_ENTRY_CACHE, CONTENT_CHECK_CACHE]) {
      const folder = join(warm, BUILD_CACHE_DIR, kind);
      truncateSync(join(folder, readdirSync(folder)[0]), 100);
    }
    const rebuilt = buildCopy(warm, { NEXT_DEPLOYMENT_ID: 'dpl_build_2', BUILD_DAY: dayAfter(day) });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    const kept = Number(/(\d+) copied from the cache/.exec(rebuilt.output)?.[1]);
    const rendered = Number(/(\d+) pages rendered/.exec(rebuilt.output)?.[1]);
    expect(kept, rebuilt.output).toBeGreaterThan(rendered);
    expect(rebuilt.output).toMatch(/Search index: \d+ entries \([1-9]\d* kept from the last build/);
    const after = outFiles(warm);
    // Kept pages carry this build's deployment id, never the one they were first rendered with.
    expect([...after].filter(([, bytes]) => bytes.includes('dpl_build_1')).map(([path]) => path)).toEqual([]);
    expect(after.has('posts/bulk-scheduled.html')).toBe(true);
    expect(after.has('posts/bulk-100.html')).toBe(false);

    // The oldest pages of each list hold the same entries as before: a new entry joins the newest page.
    const sameAs = (path: string) => after.get(path)?.toString().replaceAll('dpl_build_2', '') === before.get(path)?.toString().replaceAll('dpl_build_1', '');
    for (const path of ['page/1.html', `tags/${TAG}/page/1.html`, `tags/${TAG}/page/2.html`, `domains/${SOURCE}/page/1.html`]) expect(sameAs(path), `${path} is unchanged`).toBe(true);
    expect(sameAs(`tags/${TAG}.html`), 'the newest page has the new entry').toBe(false);
    const alsoDatabases = (files: Map<string, Buffer>) => Number(/Narrow with another tag.*?#databases<\/a> <span[^>]*>\((\d+)\)/.exec(files.get(`tags/${TAG}.html`)!.toString().replaceAll('<!-- -->', ''))?.[1] ?? 0);
    expect(alsoDatabases(after)).toBe(alsoDatabases(before) + 1);

    // Code edited between the plan and the end of a build is refused, not filed under the code the build started with.
    const step = (command: string) => spawnSync('node', ['--import', 'tsx', 'scripts/build/build-cache.ts', command], { cwd: warm, encoding: 'utf8', env: { ...process.env, BUILD_DAY: dayAfter(day) } });
    expect(step('plan').status).toBe(0);
    const footer = join(warm, 'components/SiteFooter.tsx');
    const footerSource = readFileSync(footer, 'utf8');
    writeFileSync(footer, `${footerSource}\n// edited during the build\n`);
    const keep = step('keep');
    writeFileSync(footer, footerSource);
    expect(keep.status).toBe(1);
    expect(keep.stderr).toMatch(/the code changed during the build/);

    expect(after.has('posts/added-since-the-last-build.html')).toBe(true);
    expect(after.has('og/posts/added-since-the-last-build.png')).toBe(true);
    const changedImage = `og/posts/${changedSlug}.png`;
    expect(after.get(changedImage)?.equals(before.get(changedImage)!), `${changedImage} was drawn again`).toBe(false);
    for (const [path, bytes] of images(before)) {
      if (path !== changedImage && path !== 'og/posts/bulk-100.png') expect(after.get(path)?.equals(bytes), `${path} is unchanged`).toBe(true);
    }

    // The cold build in the same folder: Turbopack names CSS modules' classes after the project's path.
    const actual = withoutBuildId(warm, after, 'dpl_build_2');
    for (const name of ['.next', 'out', '.contentlayer']) rmSync(join(warm, name), { recursive: true, force: true });
    const coldBuild = buildCopy(warm, { NEXT_DEPLOYMENT_ID: 'dpl_build_3', BUILD_DAY: dayAfter(day) });
    expect(coldBuild.status, coldBuild.output).toBe(0);
    expect(coldBuild.output).toMatch(/0 copied from the cache/);
    const expected = withoutBuildId(warm, outFiles(warm), 'dpl_build_3');
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...expected].filter(([path, text]) => actual.get(path) !== text).map(([path]) => path), "files that differ from the cold build's").toEqual([]);
  } finally {
    removeCopy(warm);
  }
});
