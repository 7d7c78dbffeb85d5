// The audit trail screen: an informant added, deleted and the deletion undone appear at the top of the timeline with
// who did them; the filters narrow it to informants; a click on the object shows its history; the CSV export reads
// back; a decision recorded in the decision log is listed under its category and appears on the timeline.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../support/parseCsv.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('the audit trail lists every change with who made it, filters it, shows one object’s history and exports CSV', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  await informants.addInformant('Sari', 'craftsman');
  await page.getByRole('button', { name: 'Delete informant Sari', exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete informant?' }).getByRole('button', { name: 'Delete informant' }).click();
  await expect(informants.row('Sari')).toHaveCount(0);
  await app.toast('Informant “Sari” deleted.').getByRole('button', { name: 'Undo' }).click();
  await expect(informants.row('Sari')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Audit trail/ }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Audit events' });
  const rows = table.locator('tbody tr');
  // Newest first: the undo, the deletion, then the addition.
  await expect(rows.nth(0)).toContainText(/Undone: Deleted.*Informant.*Sari/);
  await expect(rows.nth(1)).toContainText(/Deleted.*Informant.*Sari/);
  await expect(rows.nth(2)).toContainText(/Created.*Informant.*Sari/);
  const total = await rows.count();
  expect(total).toBeGreaterThan(2);
  await app.screenshot('audit-01-timeline');

  const filters = page.getByRole('form', { name: 'Filter the trail' });
  await filters.getByLabel('Object').selectOption({ label: 'Informant' });
  await expect(rows.filter({ hasNotText: 'Informant' })).toHaveCount(0);
  await filters.getByLabel('Detail contains').fill('sari');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('.screen-header')).toContainText(`3 of ${total} events`);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(total);

  await rows.nth(1).getByRole('button', { name: /^Show the history of Informant Sari/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'History of Informant “Sari”' })).toBeVisible();
  await expect(rows).toHaveCount(3);
  await app.screenshot('audit-02-history');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('audit trail.csv');
  const csv = parseCsv((await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, ''));
  expect(csv[0]).toEqual(['time', 'coder', 'coder id', 'action', 'object type', 'object id', 'detail']);
  expect(csv.slice(1).map((row) => row[3])).toEqual(['create', 'delete', 'undo-delete']);
  expect(csv[1][6]).toContain('Sari');

  // The decision log: a decision recorded with its rationale, listed under its category, and on the timeline.
  await page.getByRole('tab', { name: 'Decision log' }).click();
  await expect(page.getByText('No decision recorded yet.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Record a decision' });
  await form.getByLabel('Category').selectOption({ label: 'Data reduction' });
  await form.getByLabel('Decision').fill('Merge "Learning" into "Business networks"');
  await form.getByLabel('Rationale').fill('Every learning excerpt came through a network contact.');
  await form.getByLabel('Decision').press('Enter');
  const decisions = page.getByRole('list', { name: 'Decisions' }).getByRole('listitem');
  await expect(decisions).toHaveCount(1);
  await expect(decisions.first()).toContainText('Data reduction');
  await expect(decisions.first()).toContainText('Every learning excerpt came through a network contact.');
  await page.getByLabel('Show').selectOption({ label: 'Intentions and dispositions' });
  await expect(decisions).toHaveCount(0);
  await page.getByLabel('Show').selectOption({ label: 'All' });
  await app.screenshot('audit-03-decision-log');
  // Back on the timeline, the history of Sari is still what it shows, until every object is asked for.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: 'Show every object' }).click();
  await expect(rows.first()).toContainText(/Created.*Memo.*Merge "Learning" into "Business networks"/);
  expect(pageErrors).toEqual([]);
});
