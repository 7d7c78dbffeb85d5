// Playwright e2e: Debian's Chromium (never a downloaded browser) against the built renderer served with the app's CSP.
// Build first: `npx vite build && npx playwright test`.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_EXECUTABLE } from './scripts/system-packages.mjs';

const PORT = 4173;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // A stray test.only would run one test and report success; on CI it fails the run instead.
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  // One retry on CI only: a test that needed it is reported as flaky in the output, never hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_EXECUTABLE,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-renderer.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
