import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { THEME_STORAGE_KEY, themeScript } from './theme';

/** Runs the head script against a fake document and storage; returns <html>'s data-theme. */
function themeAfterScript(getItem: (key: string) => string | null): string | undefined {
  const dataset: Record<string, string> = {};
  runInNewContext(themeScript, { localStorage: { getItem }, document: { documentElement: { dataset } } });
  return dataset.theme;
}

test('the head script applies a stored choice and nothing else', () => {
  assert.equal(themeAfterScript((key) => (key === THEME_STORAGE_KEY ? 'dark' : null)), 'dark');
  assert.equal(themeAfterScript((key) => (key === THEME_STORAGE_KEY ? 'light' : null)), 'light');
  assert.equal(themeAfterScript(() => null), undefined);
  assert.equal(themeAfterScript(() => '"><script>'), undefined);
});

test('only an explicit light or dark choice overrides the device theme', () => {
  for (const stored of ['', 'system', 'Dark', 'blue']) assert.equal(themeAfterScript(() => stored), undefined, stored);
});

test('the head script leaves the device theme when storage is unavailable', () => {
  assert.equal(
    themeAfterScript(() => {
      throw new Error('SecurityError');
    }),
    undefined,
  );
});
