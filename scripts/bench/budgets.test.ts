import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildScaleMiss, lighthouseMisses, type MeasuredPage, pageWeightMisses, resourceKind, weigh, type Weight } from './budgets';

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

const runtime: Weight = { html: 4_000, css: 7_000, js: 140_000, other: 0 };
const page = (name: string, path: string, weight: Partial<Weight>): MeasuredPage => ({
  name,
  path,
  weight: { html: 5_000, css: 7_000, js: 140_000, other: 0, ...weight },
});

test('pages within the budget pass', () => {
  assert.deepEqual(pageWeightMisses([page('home', '/', { html: 40_000, js: 150_000, css: 15_000 })], runtime), []);
});

test('JS beyond the runtime plus 10 kB is a miss, except on search', () => {
  assert.deepEqual(pageWeightMisses([page('entry', '/posts/x', { js: 150_001 })], runtime), [
    'entry (/posts/x): JS 150.0 kB > 150.0 kB (the runtime\'s 140.0 kB + 10.0 kB)',
  ]);
  assert.deepEqual(pageWeightMisses([page('search', '/search?q=raft', { js: 300_000 })], runtime), []);
});

test('CSS over 15 kB on any page, and home HTML over 40 kB, are misses', () => {
  assert.deepEqual(pageWeightMisses([page('search', '/search?q=raft', { css: 15_001 })], runtime), ['search (/search?q=raft): CSS 15.0 kB > 15.0 kB']);
  assert.deepEqual(pageWeightMisses([page('home', '/', { html: 40_001 })], runtime), ['home (/): HTML 40.0 kB > 40.0 kB']);
  // The HTML budget is the home page's: a long entry may be bigger.
  assert.deepEqual(pageWeightMisses([page('entry', '/posts/x', { html: 60_000 })], runtime), []);
});

test('every Lighthouse category under its minimum is a miss', () => {
  const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
  const result = { name: 'home', formFactor: 'mobile', performanceBudgeted: true };
  assert.deepEqual(lighthouseMisses([{ ...result, scores: { ...perfect, performance: 98 } }]), []);
  assert.deepEqual(
    lighthouseMisses([
      { ...result, scores: { ...perfect, performance: 97 } },
      { ...result, name: 'tag', formFactor: 'desktop', scores: { ...perfect, seo: 92, accessibility: 99 } },
    ]),
    ['home, mobile: performance 97 < 98', 'tag, desktop: accessibility 99 < 100', 'tag, desktop: seo 92 < 100'],
  );
});

test('search results answer for every category but Performance', () => {
  const result = { name: 'search results', formFactor: 'mobile', performanceBudgeted: false };
  assert.deepEqual(lighthouseMisses([{ ...result, scores: { performance: 80, accessibility: 100, 'best-practices': 100, seo: 100 } }]), []);
  assert.deepEqual(lighthouseMisses([{ ...result, scores: { performance: 80, accessibility: 95, 'best-practices': 100, seo: 100 } }]), [
    'search results, mobile: accessibility 95 < 100',
  ]);
});

test('building 5,000 entries may take up to 6× as long as 1,000', () => {
  assert.equal(buildScaleMiss(60, 360), undefined);
  assert.equal(buildScaleMiss(60, 361), '5,000 entries took 6.02× as long as 1,000 (budget 6×)');
});
