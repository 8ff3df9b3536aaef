import { defineConfig, devices } from '@playwright/test';
import { chromiumPath as executablePath } from './scripts/bench/chromium';

/**
 * The suite runs against out/ served by `npm start`, exactly what a static host serves, in the
 * browser scripts/bench/chromium.ts picks (the system Chromium, CHROMIUM_PATH, or Playwright's own).
 */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath } : {} },
    },
  ],
  webServer: {
    command: 'npm start',
    env: { PORT: String(port) },
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
  },
});
