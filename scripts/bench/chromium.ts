import { existsSync } from 'node:fs';

/**
 * The browser the tests and benchmarks drive: CHROMIUM_PATH, else the system Chromium where
 * there is one (Playwright cannot download its own everywhere). Undefined, when CHROMIUM_PATH
 * is set empty or there is no system Chromium, means Playwright's own browser.
 */
export const chromiumPath: string | undefined =
  (process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync)) || undefined;
