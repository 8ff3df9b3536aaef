import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { entries, pageTypes } from './content';
import { contrast } from './contrast';

test('the header works by keyboard alone', async ({ page }) => {
  const header = page.getByRole('banner');
  const focusOrder = [
    page.getByRole('link', { name: 'Skip to content' }),
    header.getByRole('link', { name: 'Distributed Bytes' }),
    header.getByRole('link', { name: 'Archive' }),
    header.getByRole('link', { name: 'Lists' }),
    header.getByRole('link', { name: 'Tags' }),
    header.getByRole('link', { name: 'Sources' }),
    header.getByRole('link', { name: 'About' }),
  ];
  await page.goto(`/posts/${entries[0].slug}`);
  for (const link of focusOrder) {
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toBeVisible();
    // The focused link is visibly marked.
    expect(await link.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/about$/);

  await page.goto('/about');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tags$/);

  // The skip link jumps past the header.
  await page.goto('/tags');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tags#content$/);
});

for (const [name, path] of Object.entries(pageTypes)) {
  test(`${name} page: no horizontal scroll at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${name} page: no accessibility violation in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      // The search page renders its results in the browser: check them too.
      if (path.startsWith('/search')) await expect(page.getByRole('status')).toContainText('result');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    });
  }

  test(`${name} page: one h1 inside the landmarks`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    for (const landmark of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(landmark)).toHaveCount(1);
  });
}

test('headings read as they look: an older page of a list, and a card with its source', async ({ page }) => {
  await page.goto('/page/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(/^Recent Posts\W+page 1$/);
  const card = page.getByRole('main').getByRole('article').first();
  const title = await card.getByRole('heading', { level: 2 }).getByRole('link').first().textContent();
  const hostname = entries.find((entry) => entry.title === title)!.hostname;
  await expect(card.getByRole('heading', { level: 2 })).toHaveAccessibleName(`${title} (${hostname})`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the current page number stays readable under the pointer in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/page/1');
    const current = page.getByRole('navigation', { name: 'Pagination' }).locator('[aria-current="page"]');
    await current.hover();
    expect(await contrast(current, 'color')).toBeGreaterThanOrEqual(4.5);
  });

  test(`form fields stand out from the page by a 3:1 border in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search?q=consensus');
    const fields = [
      page.getByRole('banner').getByRole('combobox', { name: 'Colour theme' }),
      page.getByRole('main').getByRole('searchbox').first(),
      ...(await page.getByRole('main').getByRole('combobox').all()),
    ];
    expect(fields.length).toBeGreaterThanOrEqual(4);
    for (const field of fields) expect(await contrast(field, 'borderTopColor'), await field.evaluate((element) => element.id)).toBeGreaterThanOrEqual(3);
    await page.goto('/');
    expect(await contrast(page.getByRole('banner').getByRole('searchbox'), 'borderTopColor')).toBeGreaterThanOrEqual(3);
  });
}
