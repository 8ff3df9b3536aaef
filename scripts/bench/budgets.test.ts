import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildScaleMiss, lighthouseMisses, rebuildMisses, type MeasuredPage, pageWeightMisses, resourceKind, warmBuildMiss, weigh, type Weight } from './budgets';

test('a first visit is weighed by kind of resource', () => {
  const weight = weigh([
    { url: '/', kind: resourceKind('document'), bytes: 9_000 },
    { url: '/a.css', kind: resourceKind('stylesheet'), bytes: 7_000 },
    { url: '/a.js', kind: resourceKind('script'), bytes: 100_000 },
    { url: '/b.js', kind: resourceKind('script'), bytes: 40_000 },
    { url: '/x.txt', kind: resourceKind('fetch'), bytes: 5_000 },
    { url: '/icon.svg', kind: resourceKind('image'), bytes: 200 },
  ]);
  assert.deepEqual(weight, { html: 9_000, css: 7_000, js: 140_000, other: 5_200 });
});

const page = (name: string, path: string, weight: Partial<Weight>, landing = false): MeasuredPage => ({
  name,
  path,
  landing,
  weight: { html: 5_000, css: 7_000, js: 500, other: 200, ...weight },
});

test('pages within the budget pass', () => {
  assert.deepEqual(pageWeightMisses([page('home', '/', { html: 15_800, js: 2_000 }, true), page('tag', '/tags/x', { html: 40_000 })]), []);
});

test('more than 2 kB of JS on a page with nothing interactive is a miss, but not on search or share', () => {
  assert.deepEqual(pageWeightMisses([page('entry', '/posts/x', { js: 2_001 })]), ['entry (/posts/x): JS 2.0 kB > 2.0 kB on a page with nothing interactive']);
  assert.deepEqual(pageWeightMisses([page('search', '/search?q=raft', { js: 10_000 })]), []);
  assert.deepEqual(pageWeightMisses([page('share', '/share', { js: 225_000 })]), []);
});

test('the search page has 10 kB of JS, and a first query 50 kB in all', () => {
  assert.deepEqual(pageWeightMisses([page('search', '/search', { js: 10_001 })]), ['search (/search): JS 10.0 kB > 10.0 kB on the search page']);
  assert.deepEqual(pageWeightMisses([page('search results', '/search?q=raft', { other: 37_501 })]), ['search results (/search?q=raft): a first query 50.0 kB > 50.0 kB']);
  assert.deepEqual(pageWeightMisses([page('search results', '/search?q=raft', { other: 37_500 })]), []);
});

test('the share page has a JS budget of its own', () => {
  assert.deepEqual(pageWeightMisses([page('share', '/share', { js: 225_001 })]), ['share (/share): JS 225.0 kB > 225.0 kB on the share page']);
});

test('a first visit to home or an entry over 25 kB in all is a miss', () => {
  assert.deepEqual(pageWeightMisses([page('entry', '/posts/x', { html: 17_301 }, true)]), ['entry (/posts/x): first visit 25.0 kB > 25.0 kB']);
  // Other pages answer to the per-kind budgets only.
  assert.deepEqual(pageWeightMisses([page('tag', '/tags/x', { html: 17_301 })]), []);
});

test('CSS over 15 kB on any page, and home HTML over 40 kB, are misses', () => {
  assert.deepEqual(pageWeightMisses([page('search', '/search?q=raft', { css: 15_001 })]), ['search (/search?q=raft): CSS 15.0 kB > 15.0 kB']);
  assert.deepEqual(pageWeightMisses([page('home', '/', { html: 40_001 })]), ['home (/): HTML 40.0 kB > 40.0 kB']);
  // The HTML budget is the home page's: a long entry may be bigger.
  assert.deepEqual(pageWeightMisses([page('entry', '/posts/x', { html: 60_000 })]), []);
});

test('every Lighthouse category under its minimum is a miss', () => {
  const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
  const result = { name: 'home', formFactor: 'mobile', performanceBudgeted: true, lcp: 900 };
  assert.deepEqual(lighthouseMisses([{ ...result, scores: { ...perfect, performance: 98 } }]), []);
  assert.deepEqual(
    lighthouseMisses([
      { ...result, scores: { ...perfect, performance: 97 } },
      { ...result, name: 'tag', formFactor: 'desktop', scores: { ...perfect, seo: 92, accessibility: 99 } },
    ]),
    ['home, mobile: performance 97 < 98', 'tag, desktop: accessibility 99 < 100', 'tag, desktop: seo 92 < 100'],
  );
});

test('search results have a mobile LCP budget of their own, 1.5 s', () => {
  const scores = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
  const result = { name: 'search results', formFactor: 'mobile', performanceBudgeted: true, lcpBudgetMs: 1_500, scores };
  assert.deepEqual(lighthouseMisses([{ ...result, lcp: 1_500 }]), []);
  assert.deepEqual(lighthouseMisses([{ ...result, lcp: 1_501, scores: { ...scores, performance: 97 } }]), [
    'search results, mobile: performance 97 < 98',
    'search results, mobile: LCP 1501 ms > 1500 ms',
  ]);
});

test('a page kept out of search engines answers for every category but SEO', () => {
  const scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 66 };
  const result = { name: 'share', formFactor: 'mobile', performanceBudgeted: true, lcp: 900, scores };
  assert.deepEqual(lighthouseMisses([{ ...result, indexed: false }]), []);
  assert.deepEqual(lighthouseMisses([result]), ['share, mobile: seo 66 < 100']);
});

test('mobile LCP over 1 s on home or an entry is a miss; desktop and other pages are not held to it', () => {
  const scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
  assert.deepEqual(
    lighthouseMisses([
      { name: 'home', formFactor: 'mobile', performanceBudgeted: true, landing: true, scores, lcp: 1_001 },
      { name: 'entry', formFactor: 'mobile', performanceBudgeted: true, landing: true, scores, lcp: 1_000 },
      { name: 'entry', formFactor: 'desktop', performanceBudgeted: true, landing: true, scores, lcp: 1_500 },
      { name: 'tag', formFactor: 'mobile', performanceBudgeted: true, scores, lcp: 1_500 },
    ]),
    ['home, mobile: LCP 1001 ms > 1000 ms'],
  );
});

test('building 5,000 entries may take up to 6× as long as 1,000', () => {
  assert.equal(buildScaleMiss(60, 360), undefined);
  assert.equal(buildScaleMiss(60, 361), '5,000 entries took 6.02× as long as 1,000 (budget 6×)');
});

test('a rebuild after one new entry may take half the cold build at 1,000 entries, 40 % at 3,000', () => {
  assert.equal(warmBuildMiss(1000, 100, 50), undefined);
  assert.equal(warmBuildMiss(1000, 100, 51), 'a rebuild of 1,000 entries took 51 % of the cold build (budget 50 %)');
  assert.equal(warmBuildMiss(3000, 200, 80), undefined);
  assert.equal(warmBuildMiss(3000, 200, 82), 'a rebuild of 3,000 entries took 41 % of the cold build (budget 40 %)');
  assert.equal(warmBuildMiss(5000, 200, 150), undefined);
});

test('a rebuild at 10,000 entries is held to a minute (90 s after a tag changes) and a tenth of the cold build', () => {
  const rebuilds = (link: number, title: number, tag: number) => ({ 'one new link': { seconds: link }, 'a title changed': { seconds: title }, 'a tag description changed': { seconds: tag } });
  assert.deepEqual(rebuildMisses(10000, 900, rebuilds(60, 60, 90)), []);
  assert.deepEqual(rebuildMisses(10000, 500, rebuilds(61, 30, 91)), [
    'a rebuild of 10,000 entries after one new link took 61 s (budget 60 s)',
    'a rebuild of 10,000 entries after a tag description changed took 91 s (budget 90 s)',
    'a rebuild of 10,000 entries after one new link took 12 % of the cold build (budget 10 %)',
  ]);
  assert.deepEqual(rebuildMisses(3000, 100, rebuilds(90, 90, 90)), []);
});
