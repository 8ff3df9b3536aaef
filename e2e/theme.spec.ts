import { expect, type Page, test } from '@playwright/test';
import { entries } from './content';

/** Whether the page's background is light or dark, whatever colour syntax the browser reports. */
const background = (page: Page) =>
  page.locator('body').evaluate((body) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [red, green, blue] = context.getImageData(0, 0, 1, 1).data;
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 128 ? 'light' : 'dark';
  });
const themeControl = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: 'Colour theme' });

test('with no choice made, the page follows the device, live', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe('dark');
  await expect(themeControl(page)).toHaveValue('system');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe('light');
});

test('a chosen theme overrides the device and is kept across pages and visits', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await themeControl(page).selectOption({ label: 'Dark theme' });
  expect(await background(page)).toBe('dark');

  // A link to another page, then a typed address.
  await page.getByRole('banner').getByRole('link', { name: 'Tags' }).click();
  await expect(page).toHaveURL(/\/tags$/);
  expect(await background(page)).toBe('dark');
  await page.goto(`/posts/${entries[0].slug}`);
  expect(await background(page)).toBe('dark');
  await expect(themeControl(page)).toHaveValue('dark');

  // Light on a dark device.
  await page.emulateMedia({ colorScheme: 'dark' });
  await themeControl(page).selectOption({ label: 'Light theme' });
  await page.reload();
  expect(await background(page)).toBe('light');

  // Back to the device's theme: the choice is forgotten.
  await themeControl(page).selectOption({ label: 'System theme' });
  expect(await background(page)).toBe('dark');
  await page.reload();
  expect(await background(page)).toBe('dark');
  await expect(themeControl(page)).toHaveValue('system');
});

test('after Back or Forward, the theme menu shows the theme the page has', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Tags' }).click();
  await expect(page).toHaveURL(/\/tags$/);
  await themeControl(page).selectOption({ label: 'Dark theme' });
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => background(page)).toBe('dark');
  await expect(themeControl(page)).toHaveValue('dark');

  await themeControl(page).selectOption({ label: 'System theme' });
  await page.goForward();
  await expect(page).toHaveURL(/\/tags$/);
  await expect.poll(() => background(page)).toBe('light');
  await expect(themeControl(page)).toHaveValue('system');
});

test('a choice made in one tab applies to the others', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.emulateMedia({ colorScheme: 'light' });
  await second.emulateMedia({ colorScheme: 'light' });
  await first.goto('/');
  await second.goto('/about');
  await themeControl(first).selectOption({ label: 'Dark theme' });
  await expect.poll(() => background(second)).toBe('dark');
  await expect(themeControl(second)).toHaveValue('dark');
});

test('a stored choice is painted on the first paint, by the head script alone', async ({ page }) => {
  // No framework script is needed: with every one refused, the blocking /site.js in <head>
  // sets the theme before the body exists, and the control shows the choice once parsed.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.body !== null);
  expect(await background(page)).toBe('dark');
  await page.waitForLoadState('load');
  expect(await background(page)).toBe('dark');
  await expect(themeControl(page)).toHaveValue('dark');
});

test('without the site script the page follows the device, and the control says so', async ({ page }) => {
  await page.route('**/site.js*', (route) => route.abort());
  await page.addInitScript(() => localStorage.setItem('theme', 'light'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe('dark');
  await expect(themeControl(page)).toHaveValue('system');
});
