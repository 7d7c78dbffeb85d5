// Verifying the example project's conclusions: the triangulation overview display (conclusions × source kinds and
// roles, the status reason on hover, moved through by keyboard, opened cell by cell, exported as CSV); the outliers of
// a conclusion once three informants share a role, with their excerpts opened in the source and the tactic logged; and
// looking for negative evidence — "none found" recorded with its scope, then a code marked as counter-evidence on the
// Codes screen turns up as a hit that is added as disconfirming evidence.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CodesPage } from './pages/codesPage.ts';
import { ConclusionsPage } from './pages/ConclusionsPage.ts';
import { DisplaysPage } from './pages/DisplaysPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const NETWORKS = 'Business networks were the entry point to export markets';
const DIASPORA = 'The diaspora connects the workshops to buyers abroad';
const COUNTER_CODE = 'Challenges / negative evidence';

const openConclusion = async (page: Page, conclusions: ConclusionsPage, statement: string) => {
  await conclusions.open();
  await conclusions.items().filter({ hasText: statement }).first().click();
  await expect(page.getByRole('textbox', { name: 'Statement' })).toContainText(statement);
};

test('the triangulation overview display lists the conclusions by source kind and role, by keyboard, and exports as CSV', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const displays = new DisplaysPage(page);
  await displays.open();

  await page.getByRole('button', { name: 'New display' }).click();
  const dialog = page.getByRole('dialog', { name: 'New display' });
  await expect(dialog.getByRole('radio', { name: /^Triangulation overview/ })).toBeVisible();
  await dialog.getByRole('radio', { name: /^Triangulation overview/ }).check();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('placeholder', 'Triangulation overview');
  await dialog.getByRole('button', { name: 'Create display' }).click();
  await expect(page.getByRole('heading', { name: 'Triangulation overview', level: 1 })).toBeVisible();

  const grid = displays.grid('Triangulation overview');
  await expect(grid).toBeVisible();
  await expect(grid.locator('thead th.matrix-column')).toHaveText(['Status', 'Interview', 'Observation', 'Document', 'association representative', 'craftsman', 'diaspora actor', 'owner', 'partner/distributor', 'Informants', 'Triangulation']);
  const rows = grid.locator('tbody tr[data-row] th[scope="row"]');
  await expect(rows.filter({ hasText: NETWORKS })).toHaveCount(1);
  await expect(rows).toHaveCount(6);
  const networksRow = grid.locator('tbody tr[data-row]').filter({ has: page.locator('th', { hasText: NETWORKS }) });
  const triangulation = networksRow.locator('td[role="gridcell"]').last();
  await expect(triangulation).toHaveAttribute('title', /.+/);
  await expect(triangulation).toHaveText('Partly triangulated');
  await expect(triangulation).toHaveAttribute('title', 'only 1 informant role behind it; the rule asks for 2; only 1 informant behind it; the rule asks for 3');
  await expect(networksRow.locator('th')).toHaveAttribute('title', /^Partly triangulated: only 1 informant role/);
  await expect(networksRow.locator('td[role="gridcell"]').first()).toHaveText('Supported');
  await page.getByRole('button', { name: 'Hide builder' }).click();
  await app.screenshot('verification-01-overview');
  await grid.locator('xpath=..').evaluate((scroller) => scroller.scrollTo({ left: scroller.scrollWidth }));
  await app.screenshot('verification-01b-overview-right');
  await page.getByRole('button', { name: 'Show builder' }).click();

  // The builder offers its own choices: which conclusions, by their codes.
  await expect(displays.builder.getByText('One row per conclusion of the project')).toBeVisible();
  await displays.pick('Conclusions linked to codes', ['Diaspora']);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: DIASPORA })).toHaveCount(1);
  const codesPicker = displays.builder.locator('details.multi-select');
  await codesPicker.locator('summary').click();
  await codesPicker.getByRole('checkbox', { name: 'Diaspora', exact: true }).uncheck();
  await codesPicker.locator('summary').click();
  await expect(rows).toHaveCount(6);

  // By keyboard: into the grid, right to the interview column, open the cell.
  const first = grid.locator('[data-cell="0:0"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(grid.locator('[data-cell="0:1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(displays.cellPanel).toBeVisible();
  await expect(displays.cellPanel.getByRole('heading', { level: 2 })).toContainText('× Interview');
  await expect(displays.cellPanel.getByRole('button', { name: 'Add this cell as evidence…' })).toHaveCount(0);
  await app.screenshot('verification-02-overview-cell');
  await page.keyboard.press('Escape');
  await expect(grid.locator('[data-cell="0:1"]')).toBeFocused();

  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV' }).click();
  const csv = (await readFile(await (await download).path(), 'utf8')).replace(/^\uFEFF/, '');
  expect(csv).toContain('Triangulation overview');
  expect(csv).toContain('Supporting evidence items');
  expect(csv).toContain(NETWORKS);
  expect(pageErrors).toEqual([]);
});

test('outliers of a conclusion: once three informants are owners, the one who speaks to its code stands out', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const conclusions = new ConclusionsPage(page);
  await openConclusion(page, conclusions, NETWORKS);
  const section = page.getByRole('region', { name: 'Outliers' });
  await expect(section).toContainText('No informant departs from their role’s majority.');

  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  await informants.editCell('Role of Dedi', 'owner');
  await informants.editCell('Role of Wulan', 'owner');

  await openConclusion(page, conclusions, NETWORKS);
  const outliers = section.getByRole('list', { name: 'Outliers' }).getByRole('listitem').filter({ hasText: 'Harjo' });
  await expect(outliers.first()).toContainText('speaks to these codes, unlike most owner informants (1 of 3 do)');
  const excerpts = section.getByRole('list', { name: 'Their excerpts on these codes' }).getByRole('listitem');
  await expect(excerpts.first()).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await app.screenshot('verification-03-outliers');

  await section.getByRole('button', { name: 'Log “checking the meaning of outliers”…' }).click();
  await expect(section.getByRole('textbox', { name: 'Note' })).toHaveValue('Outliers on Business networks: Harjo (owner)');
  await section.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Confirms' });
  await section.getByRole('textbox', { name: 'Note' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Tactics log' })).toContainText('Checking the meaning of outliers: Confirms');
  await expect(page.getByRole('list', { name: 'Tactics log' })).toContainText('Outliers on Business networks: Harjo (owner)');

  await excerpts.first().getByRole('button', { name: /^Open in / }).click();
  await expect(page.locator('.transcript-highlight, mark.highlight, [data-highlight]').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('negative evidence: "none found" is recorded with the query’s scope; a code marked as counter-evidence turns up and is added against', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  // An overview saved first, to watch it follow the conclusion's writes at the end.
  const displays = new DisplaysPage(page);
  await displays.open();
  await displays.create('Where they stand', 'Triangulation overview');
  const conclusions = new ConclusionsPage(page);
  await openConclusion(page, conclusions, DIASPORA);
  const section = page.getByRole('region', { name: 'Negative evidence' });
  await expect(section.getByTestId('negative-evidence-scope')).toHaveText('No code is marked as counter-evidence yet (mark one in its details on the Codes screen).');
  await expect(section).toContainText('No disconfirming item recorded.');
  await section.getByRole('button', { name: 'Record “none found”' }).click();
  await expect(app.toast('Recorded “none found”')).toBeVisible();
  const log = page.getByRole('list', { name: 'Tactics log' });
  await expect(log).toContainText('Looking for negative evidence: None found');
  await expect(log).toContainText('Negative-evidence query: codes marked as counter-evidence (none marked) within the conclusion’s codes (Diaspora)');
  await section.scrollIntoViewIfNeeded();
  await app.screenshot('verification-04-none-found');

  // Mark a code as counter-evidence in its details, by keyboard.
  const codes = new CodesPage(page);
  await codes.open();
  await codes.select(COUNTER_CODE);
  const mark = codes.details.getByRole('checkbox', { name: 'Counter-evidence' });
  await expect(mark).not.toBeChecked();
  await mark.focus();
  await page.keyboard.press('Space');
  await expect(mark).toBeChecked();
  await app.screenshot('verification-06-code-counter-evidence');

  await openConclusion(page, conclusions, DIASPORA);
  await expect(section.getByTestId('negative-evidence-scope')).toContainText(`over 1 counter-evidence code (${COUNTER_CODE})`);
  const hits = section.getByRole('list', { name: 'Counter-evidence codings' }).getByRole('listitem');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText(`${COUNTER_CODE} in `);
  await expect(section.getByRole('button', { name: 'Record “none found”' })).toBeDisabled();
  await section.scrollIntoViewIfNeeded();
  await app.screenshot('verification-05-negative-hit');
  await hits.first().getByRole('button', { name: 'Add as disconfirming evidence' }).click();
  await expect(hits.first()).toContainText('Disconfirming evidence');
  await expect(conclusions.evidence('Disconfirming evidence')).toHaveCount(1);
  await expect(section.getByRole('list', { name: 'Disconfirming items recorded' }).getByRole('listitem')).toHaveCount(1);
  await expect(conclusions.triangulationStatus).toHaveText('Contested');

  // The overview shows it contested, and follows Undo of that evidence without being opened again.
  await displays.open();
  await displays.list.getByRole('link', { name: 'Where they stand' }).click();
  const diasporaStatus = displays.grid('Where they stand').locator('tbody tr[data-row]').filter({ has: page.locator('th', { hasText: DIASPORA }) }).locator('td[role="gridcell"]').last();
  await expect(diasporaStatus).toHaveText('Contested');
  await page.locator('.undo-buttons').getByRole('button', { name: 'Undo' }).click();
  await expect(diasporaStatus).toHaveText('Partly triangulated');
  expect(pageErrors).toEqual([]);
});
