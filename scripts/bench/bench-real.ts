/**
 * `npm run bench:real`: the site on a real, public link collection (scripts/bench/real-collections.ts),
 * not generated entries. Imports the Pinboard export into a copy of the project with
 * `npm run import` (twice: the second must write nothing), builds it, and measures:
 * - tag suggestions on a time split (the older 80 % of the tagged bookmarks teach, the newest
 *   20 % are asked) beside two baselines on the same split: the three most frequent tags, and a
 *   TF-IDF 15-nearest-neighbours vote; on each collection;
 * - known-item search on 300 real titles: their two rarest words, and the same with a one-edit
 *   typo in one of them, found in the first three results;
 * - the bytes of a first query and of the share page's opening, and a suggestion's time, in
 *   headless Chromium; the tag model's size at 5,000 entries;
 * - import and build time, files per entry, and a rebuild with one more link (only .next/cache kept).
 * Writes the table into BENCHMARKS.md; exits non-zero when a target is missed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { formatOf, readBookmarks } from '../../lib/content/import/bookmarks';
import { dayOfBookmark, tagName } from '../../lib/content/import/convert';
import { entryText, suggestTags, tagModel, type TaggedText } from '../../lib/content/tag-suggestions';
import { createSearchEngine } from '../../lib/search/engine';
import { tokens } from '../../lib/search/text';
import { hostnameOf, isAbsoluteHttpUrl } from '../../lib/url';
import { machine, seeded, startSite, typo, writeBenchmarkSection } from './bench-support';
import { kB } from './budgets';
import { chromiumPath } from './chromium';
import { firstVisit } from './page-weight';
import { today } from '../../lib/dates';
import { buildCopy, copyProject, keepOnlyTheCache, removeCopy } from './project-copy';
import { fetchPinboard, PINBOARD, REAL_COLLECTIONS, type RealCollection } from './real-collections';
import { syntheticEntries } from './synthetic-corpus';

/** The link the rebuild adds. */
const NEW_LINK = 'a-new-link';

const TARGET = { oneOfThree: 0.75, modelBytes: 150_000, suggestMs: 20, typo: 0.95, exact: 0.98, firstQueryBytes: 50_000, shareOpenBytes: 100_000, rebuildSeconds: 60 };
const KNOWN_ITEMS = 300;

interface Example extends TaggedText {
  day: string;
}

/** A collection's tagged bookmarks, oldest first (ties in file order), with the tags the import would give them. */
function examples(collection: RealCollection): Example[] {
  const source = readFileSync(collection.file, 'utf8');
  const bookmarks = readBookmarks(formatOf(collection.file, source)!, collection.file, source);
  return bookmarks
    .map((bookmark, order) => ({ bookmark, order, day: dayOfBookmark(bookmark.date) ?? '' }))
    .filter(({ bookmark, day }) => day && isAbsoluteHttpUrl(bookmark.url.trim(), { spaces: true }))
    .map(({ bookmark, order, day }) => {
      const host = hostnameOf(bookmark.url.trim());
      return { order, day, text: entryText({ title: bookmark.title, description: bookmark.description, hostname: host }), tags: [...new Set(bookmark.tags.map(tagName).filter((tag): tag is string => tag !== undefined))] };
    })
    .filter(({ tags }) => tags.length > 0)
    .sort((a, b) => a.day.localeCompare(b.day) || b.order - a.order)
    .map(({ day, text, tags }) => ({ day, text, tags }));
}

/** The baseline of the issue: TF-IDF cosine over the same words, the 15 nearest older entries voting with their similarity. */
function nearestNeighbours(train: readonly Example[]) {
  const documents = new Map<string, number>();
  const termsOf = (text: string) => tokens(text).map(({ term }) => term);
  for (const { text } of train) for (const term of new Set(termsOf(text))) documents.set(term, (documents.get(term) ?? 0) + 1);
  const vector = (text: string) => {
    const counts = new Map<string, number>();
    for (const term of termsOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    const weights = [...counts].map(([term, count]) => [term, (1 + Math.log(count)) * Math.log(train.length / (documents.get(term) ?? 0.5))] as const);
    const length = Math.sqrt(weights.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    return new Map(weights.map(([term, weight]) => [term, weight / length]));
  };
  const vectors = train.map(({ text }) => vector(text));
  return (text: string) => {
    const query = vector(text);
    const nearest = vectors
      .map((other, index) => [index, [...query].reduce((sum, [term, weight]) => sum + weight * (other.get(term) ?? 0), 0)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15);
    const votes = new Map<string, number>();
    for (const [index, similarity] of nearest) for (const tag of train[index].tags) votes.set(tag, (votes.get(tag) ?? 0) + similarity);
    return [...votes].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  };
}

interface TagScores {
  collection: RealCollection;
  entries: number;
  tags: number;
  tested: number;
  methods: { name: string; oneOfThree: number; first: number; msPerLink: number }[];
}

function tagSplit(collection: RealCollection): TagScores {
  const all = examples(collection);
  const cut = Math.floor(all.length * 0.8);
  const [train, test] = [all.slice(0, cut), all.slice(cut)];
  const vocabulary = [...new Set(all.flatMap(({ tags }) => tags))];
  const uses = new Map<string, number>();
  for (const { tags } of train) for (const tag of tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  const frequent = [...uses].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([tag]) => tag);
  const model = tagModel(train, vocabulary);
  const methods: [string, (text: string) => string[]][] = [
    ['suggestions (lib/content/tag-suggestions.ts)', (text) => suggestTags(model, text)],
    ['baseline: the three most frequent tags', () => frequent],
    ['baseline: TF-IDF 15 nearest neighbours', nearestNeighbours(train)],
  ];
  return {
    collection,
    entries: all.length,
    tags: vocabulary.length,
    tested: test.length,
    methods: methods.map(([name, suggest]) => {
      let oneOfThree = 0;
      let first = 0;
      const started = performance.now();
      for (const { text, tags } of test) {
        const suggested = suggest(text).slice(0, 3);
        if (suggested.some((tag) => tags.includes(tag))) oneOfThree++;
        if (tags.includes(suggested[0])) first++;
      }
      return { name, oneOfThree: oneOfThree / test.length, first: first / test.length, msPerLink: (performance.now() - started) / test.length };
    }),
  };
}

/**
 * Known-item search as a reader remembers a title: its two rarest words (by how many titles
 * hold them), then the same with one of them mistyped. Titles with fewer than two words of
 * four letters or more are passed over, as are words that are numbers.
 */
async function knownItems(dir: string) {
  const posts = join(dir, 'content/posts');
  // The collection's own titles in a fixed order (a folder lists its files in any), not the link the rebuild added.
  const titles = readdirSync(posts)
    .filter((name) => name !== `${NEW_LINK}.mdx`)
    .sort()
    .map((name) => {
      const parsed = parseFrontMatter(readFileSync(join(posts, name), 'utf8'));
      return { slug: name.replace(/\.mdx$/, ''), title: 'error' in parsed ? '' : String(parsed.data.title) };
    });
  const wordsOf = (title: string) => [...new Set(tokens(title).map(({ folded }) => folded).filter((word) => word.length >= 4 && /^\p{L}+$/u.test(word)))];
  const titlesWith = new Map<string, number>();
  for (const { title } of titles) for (const word of wordsOf(title)) titlesWith.set(word, (titlesWith.get(word) ?? 0) + 1);
  // The index of this build: out/search-index/<version>/.
  const index = join(dir, 'out/search-index', readdirSync(join(dir, 'out/search-index'))[0]);
  const search = createSearchEngine(async (path) => JSON.parse(readFileSync(join(index, path), 'utf8')));
  const next = seeded(7);
  const candidates = titles.filter(({ title }) => wordsOf(title).length >= 2);
  let exact = 0;
  let typed = 0;
  const misses: string[] = [];
  const found = async (q: string, slug: string) => {
    const { entries } = await search.search({ q, sort: 'relevance' });
    const cards = await Promise.all(entries.slice(0, 3).map(async (number) => (await search.fragment(number)).card));
    return cards.some((card) => card.includes(`href="/posts/${slug}"`));
  };
  for (let asked = 0; asked < KNOWN_ITEMS; asked++) {
    const { slug, title } = candidates[Math.floor(next() * candidates.length)];
    const words = wordsOf(title).sort((a, b) => titlesWith.get(a)! - titlesWith.get(b)! || a.localeCompare(b)).slice(0, 2);
    if (await found(words.join(' '), slug)) exact++;
    else misses.push(`"${words.join(' ')}" for "${title}"`);
    const mistyped = Math.floor(next() * 2);
    const q = words.map((word, index) => (index === mistyped ? typo(word, next) : word)).join(' ');
    if (await found(q, slug)) typed++;
    else misses.push(`"${q}" for "${title}"`);
  }
  return { exact: exact / KNOWN_ITEMS, typo: typed / KNOWN_ITEMS, misses };
}

const fileCount = (dir: string): number => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
const seconds = (started: number) => (performance.now() - started) / 1000;

/** A suggestion's time in the browser: the module as the share page bundles it, the model the site serves, the held-out titles. */
async function suggestInBrowser(base: string, texts: string[]): Promise<number> {
  const { outputFiles } = await build({ entryPoints: ['lib/content/tag-suggestions.ts'], bundle: true, format: 'iife', globalName: 'tagSuggestions', write: false, minify: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    // The bundle is added as an inline script, which the page's CSP rightly refuses.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${base}/share`);
    await page.addScriptTag({ content: outputFiles[0].text });
    return await page.evaluate(async (queries) => {
      const model = await (await fetch('/share/tag-model.json')).json();
      const { suggestTags: suggest } = (window as unknown as { tagSuggestions: { suggestTags: (model: unknown, text: string) => string[] } }).tagSuggestions;
      suggest(model, 'warm up: the model is read once, when the first suggestion is asked');
      const times = queries.map((text) => {
        const started = performance.now();
        suggest(model, text);
        return performance.now() - started;
      });
      return times.sort((a, b) => a - b)[Math.floor(times.length * 0.95)];
    }, texts);
  } finally {
    await browser.close();
  }
}

/** What a first visit to `path` downloads in all, and what of it is JSON the page fetched. */
async function weigh(base: string, path: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const transfers = await firstVisit(browser, `${base}${path}`);
    return {
      total: transfers.reduce((sum, { bytes }) => sum + bytes, 0),
      data: transfers.filter(({ url }) => url.endsWith('.json')).reduce((sum, { bytes }) => sum + bytes, 0),
      page: transfers.find(({ kind }) => kind === 'html')?.bytes ?? 0,
    };
  } finally {
    await browser.close();
  }
}

/** The tag model of 5,000 generated entries, gzipped: the size the target is set at. */
function modelBytesAt5000(): number {
  const files = syntheticEntries(5_000);
  const entries = Object.entries(files)
    .filter(([name]) => name.startsWith('content/posts/'))
    .flatMap(([, source]) => {
      const parsed = parseFrontMatter(source);
      if ('error' in parsed) return [];
      const text = (key: string) => (typeof parsed.data[key] === 'string' ? (parsed.data[key] as string) : undefined);
      return [{ text: entryText({ title: text('title'), description: text('description'), site: text('site'), commentary: parsed.body }), tags: (parsed.data.tags as string[]) ?? [] }];
    });
  return gzipSync(JSON.stringify(tagModel(entries, [...new Set(entries.flatMap(({ tags }) => tags))]))).length;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/**
 * `npm run import` of 10,000 bookmarks: the Pinboard export repeated with a `?copy=n` on each
 * address (so each is a link of its own), into an empty posts folder, tags suggested.
 */
function importAtScale(count = 10_000): { seconds: number; written: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    mkdirSync(join(dir, 'content/posts'), { recursive: true });
    writeFileSync(join(dir, 'content/tags.yml'), readFileSync('content/tags.yml'));
    const bookmarks = JSON.parse(readFileSync(PINBOARD.file, 'utf8')) as { href: string }[];
    const scaled = Array.from({ length: count }, (_, index) => {
      const bookmark = bookmarks[index % bookmarks.length];
      return { ...bookmark, href: `${bookmark.href}${bookmark.href.includes('?') ? '&' : '?'}copy=${Math.floor(index / bookmarks.length)}` };
    });
    writeFileSync(join(dir, 'bookmarks.json'), JSON.stringify(scaled));
    const started = performance.now();
    // Run in the folder of the content it imports into, with the project's own tsx.
    const report = execFileSync(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'scripts/author/import.ts'), 'bookmarks.json', '--suggest-tags'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { seconds: seconds(started), written: Number(/\| written \| ([\d,]+) \|/.exec(report)?.[1].replace(/,/g, '') ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The export imported into the copy, twice, and the copy built. */
function importAndBuild(dir: string) {
  console.log(`Importing ${PINBOARD.name} into a copy of the site…`);
  writeFileSync(join(dir, 'collection.json'), readFileSync(PINBOARD.file));
  const runImport = () => execFileSync('npx', ['tsx', 'scripts/author/import.ts', 'collection.json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const writtenBy = (report: string) => Number(/\| written \| ([\d,]+) \|/.exec(report)?.[1].replace(/,/g, '') ?? -1);
  let started = performance.now();
  const written = writtenBy(runImport());
  const importSeconds = seconds(started);
  const writtenAgain = writtenBy(runImport());
  const slugs = readdirSync(join(dir, 'content/posts')).map((name) => name.replace(/\.mdx$/, '')).sort();
  // The check refuses a site without a reading list: one of the collection's first entries.
  writeFileSync(join(dir, 'content/lists/start-here.yml'), `title: Start here\ndescription: Two links to begin with.\nsteps:\n${slugs.slice(0, 2).map((slug) => `  - entry: ${slug}\n    note: Read this.\n`).join('')}`);
  console.log('Building it…');
  started = performance.now();
  const { status, output } = buildCopy(dir);
  if (status !== 0) throw new Error(`The build failed:\n${output.slice(-4000)}`);
  const buildSeconds = seconds(started);
  // The next deployment, as Vercel builds it: only .next/cache kept, one new link shared today.
  console.log('Building it again with one more link…');
  keepOnlyTheCache(dir);
  const model = readFileSync(join(dir, 'content/posts', `${slugs[0]}.mdx`), 'utf8');
  writeFileSync(
    join(dir, 'content/posts', `${NEW_LINK}.mdx`),
    model.replace(/^title: .*$/m, 'title: "A new link"').replace(/^url: .*$/m, `url: https://example.com/${NEW_LINK}`).replace(/^date: .*$/m, `date: ${today()}`),
  );
  started = performance.now();
  const rebuilt = buildCopy(dir);
  if (rebuilt.status !== 0) throw new Error(`The rebuild failed:\n${rebuilt.output.slice(-4000)}`);
  const stats = { written, writtenAgain, importSeconds, buildSeconds, rebuildSeconds: seconds(started) };
  writeFileSync(join(dir, 'bench-real.json'), JSON.stringify(stats));
  return stats;
}

async function main() {
  fetchPinboard(process.env.REAL_COLLECTION_FROM);
  const splits = REAL_COLLECTIONS.map(tagSplit);
  const atScale = importAtScale();

  // BENCH_REAL_COPY=<a copy a run kept (KEEP_COPY=1)> measures it again without importing and building.
  const reused = process.env.BENCH_REAL_COPY;
  const dir = reused ?? copyProject({}, { replacePosts: true });
  try {
    const built = reused ? (JSON.parse(readFileSync(join(dir, 'bench-real.json'), 'utf8')) as ReturnType<typeof importAndBuild>) : importAndBuild(dir);
    const { written, writtenAgain, importSeconds, buildSeconds, rebuildSeconds } = built;
    const outFiles = fileCount(join(dir, 'out'));

    const search = await knownItems(dir);
    const site = await startSite(dir);
    let firstQuery;
    let searchPage;
    let shareOpen;
    let suggestMs;
    try {
      firstQuery = await weigh(site.base, '/search?q=python');
      searchPage = await weigh(site.base, '/search');
      shareOpen = await weigh(site.base, '/share');
      const held = examples(PINBOARD).slice(-300).map(({ text }) => text);
      suggestMs = await suggestInBrowser(site.base, held);
    } finally {
      await site.stop();
    }
    const modelBytes = statSync(join(dir, 'out/share/tag-model.json')).size;
    const modelGzip = gzipSync(readFileSync(join(dir, 'out/share/tag-model.json'))).length;
    const model5000 = modelBytesAt5000();

    const [primary] = splits;
    const ours = (split: TagScores) => split.methods[0];
    const knn = (split: TagScores) => split.methods[2];
    const checks = [
      ours(primary).oneOfThree >= TARGET.oneOfThree,
      ours(primary).oneOfThree > knn(primary).oneOfThree,
      model5000 <= TARGET.modelBytes,
      suggestMs <= TARGET.suggestMs,
      search.typo >= TARGET.typo,
      search.exact >= TARGET.exact,
      firstQuery.total <= TARGET.firstQueryBytes,
      shareOpen.data <= TARGET.shareOpenBytes,
      writtenAgain === 0,
      atScale.seconds < 60,
      rebuildSeconds <= TARGET.rebuildSeconds,
    ];
    const mark = (pass: boolean) => (pass ? 'met' : '**missed**');
    const report = [
      '## A real collection (`npm run bench:real`)',
      '',
      `On ${machine()}. Collections (scripts/bench/real-collections.ts, each pinned to a commit):`,
      ...REAL_COLLECTIONS.map((collection) => `- **${collection.name}**: ${collection.about}. From ${collection.origin} at \`${collection.commit.slice(0, 10)}\`; licence: ${collection.licence}.`),
      '',
      '### Tag suggestions: time split, the older 80 % of the tagged links teach, the newest 20 % are asked',
      '',
      '| collection | method | one of the entry\'s tags among three | first suggestion is one | time per link (Node) |',
      '| --- | --- | --- | --- | --- |',
      ...splits.flatMap((split) =>
        split.methods.map((method, index) => `| ${index === 0 ? `${split.collection.name} (${split.entries} tagged, ${split.tags} tags, ${split.tested} asked)` : ''} | ${method.name} | ${percent(method.oneOfThree)} | ${percent(method.first)} | ${method.msPerLink.toFixed(2)} ms |`),
      ),
      '',
      `### ${PINBOARD.name}, imported and built`,
      '',
      '| measure | figure | target |',
      '| --- | --- | --- |',
      `| \`npm run import\` of the export | ${written.toLocaleString('en')} entries in ${importSeconds.toFixed(1)} s | — |`,
      `| the same import again | ${writtenAgain} written | 0 (${mark(writtenAgain === 0)}) |`,
      `| 10,000 bookmarks (the export repeated, each address its own), tags suggested for those without | ${atScale.written.toLocaleString('en')} entries in ${atScale.seconds.toFixed(1)} s | < 60 s (${mark(atScale.seconds < 60)}) |`,
      `| \`npm run build\` | ${buildSeconds.toFixed(0)} s; ${outFiles.toLocaleString('en')} files in out/, ${(outFiles / written).toFixed(1)} per entry | — |`,
      `| \`npm run build\` again with one more link, keeping only .next/cache | ${rebuildSeconds.toFixed(0)} s | ≤ ${TARGET.rebuildSeconds} s (${mark(rebuildSeconds <= TARGET.rebuildSeconds)}) |`,
      `| known items: a title's two rarest words, entry in the first three | ${percent(search.exact)} of ${KNOWN_ITEMS} | ≥ ${TARGET.exact * 100} % (${mark(search.exact >= TARGET.exact)}) |`,
      `| the same with a one-edit typo in one word | ${percent(search.typo)} | ≥ ${TARGET.typo * 100} % (${mark(search.typo >= TARGET.typo)}) |`,
      `| a first query, /search?q=python, nothing cached | ${kB(firstQuery.total)} (the page ${kB(firstQuery.page)}) | ≤ ${kB(TARGET.firstQueryBytes)} (${mark(firstQuery.total <= TARGET.firstQueryBytes)}) |`,
      `| /search, nothing cached | ${kB(searchPage.total)} (the page ${kB(searchPage.page)}) | — |`,
      `| data /share fetches when it opens (the tag model, which carries the vocabulary; the site's entries come a shard at a time, once a URL is typed) | ${kB(shareOpen.data)} | ≤ ${kB(TARGET.shareOpenBytes)} (${mark(shareOpen.data <= TARGET.shareOpenBytes)}) |`,
      `| /share in all, nothing cached (its HTML ${kB(shareOpen.page)}, React and the form's code, the data) | ${kB(shareOpen.total)} | — |`,
      `| the tag model: this collection / 5,000 generated entries | ${kB(modelGzip)} gzip (${kB(modelBytes)} raw) / ${kB(model5000)} gzip | ≤ ${kB(TARGET.modelBytes)} at 5,000 (${mark(model5000 <= TARGET.modelBytes)}) |`,
      `| a suggestion in Chromium, 95th percentile of 300 links | ${suggestMs.toFixed(2)} ms | ≤ ${TARGET.suggestMs} ms (${mark(suggestMs <= TARGET.suggestMs)}) |`,
      `| suggestions: one of three on ${primary.collection.name}, beside the nearest-neighbours baseline | ${percent(ours(primary).oneOfThree)} against ${percent(knn(primary).oneOfThree)} | ≥ ${TARGET.oneOfThree * 100} % and above it (${mark(ours(primary).oneOfThree >= TARGET.oneOfThree && ours(primary).oneOfThree > knn(primary).oneOfThree)}) |`,
      '',
      search.misses.length ? `Known-item queries that missed: ${search.misses.slice(0, 12).join('; ')}${search.misses.length > 12 ? '…' : ''}.` : 'Known-item queries that missed: none.',
      '',
      `Verdict: ${checks.every(Boolean) ? 'every target met' : `${checks.filter((pass) => !pass).length} target(s) missed`}.`,
    ].join('\n');
    console.log(report);
    writeBenchmarkSection('bench:real', report);
    if (!checks.every(Boolean)) process.exitCode = 1;
  } finally {
    if (!process.env.KEEP_COPY && !reused) removeCopy(dir);
    else console.log(`Kept ${dir}`);
  }
}

await main();
