import { test } from '@playwright/test';
test('probe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Sources/ }).click();
  await page.getByRole('button', { name: 'Interview with Pak Harjo (owner)', exact: true }).click();
  await page.getByText('I only made drums for a trader from Surabaya').first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/probe1.png' });
  await page.locator('main').getByRole('button', { name: /Edit memo/ }).first().click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/probe2.png' });
  await page.getByRole('dialog').getByRole('button', { name: 'New memo' }).click();
  await page.keyboard.type('Second thought on this passage.');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/probe3.png' });
});
