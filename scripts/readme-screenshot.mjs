// Regenerates docs/screenshot.png for the README: the example project's owner interview with its coding stripes,
// rendered by the built app (npm run build first) in Debian's Chromium. Usage: node scripts/readme-screenshot.mjs
import { chromium } from '@playwright/test';
import { startRendererServer } from './serve-renderer.mjs';

const server = await startRendererServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Interview with Pak Harjo (owner)' }).click();
  await page.locator('[data-testid="coding-stripe"]').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('Wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
