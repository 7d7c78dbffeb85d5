// Editing a conclusion's framing and reading an object's history on its own page, on the example project: change an
// example conclusion's model role and codes by keyboard, see the role in the list and both changes in its history
// panel, follow a history entry to the audit trail filtered to the conclusion, and undo both changes from the top bar;
// then rename a code and merge another into it, and read both in the code's history on the Codes screen.
import { expect, test } from '@playwright/test';
import { CodesPage } from './pages/codesPage.ts';
import { ConclusionsPage } from './pages/ConclusionsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const RIVAL = 'The association mainly serves owners who already export.';

test('changes a conclusion’s model role and codes, sees them in the list and its history, and undoes them', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const conclusions = new ConclusionsPage(page);
  await conclusions.open();
  await conclusions.item(RIVAL).click();
  const framing = page.getByRole('region', { name: 'Question, model role, codes and displays' });
  const role = framing.getByRole('combobox', { name: 'Model role' });
  await expect(role).toHaveValue('capacity builder');
  const codes = framing.getByRole('list', { name: 'Codes it rests on' });
  await expect(codes.getByRole('listitem')).toHaveText(['Business associations×']);

  // The model role: typed, Enter saves it.
  await role.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('market connector');
  await page.keyboard.press('Enter');
  await expect(conclusions.item(RIVAL).locator('.conclusion-role')).toHaveText('market connector');

  // A code linked with the keyboard picker, another unlinked with its button.
  await framing.getByRole('button', { name: 'Link a code…' }).click();
  await page.keyboard.type('exhibitions');
  await app.screenshot('conclusion-editing-00-code-picker');
  await page.keyboard.press('Enter');
  await expect(codes.getByRole('listitem')).toHaveText(['Business associations×', 'Business associations / Exhibitions×']);
  await codes.getByRole('button', { name: 'Unlink code Business associations', exact: true }).click();
  await expect(codes.getByRole('listitem')).toHaveText(['Business associations / Exhibitions×']);

  const history = page.getByRole('list', { name: 'History', exact: true });
  await expect(history.getByRole('listitem').first()).toContainText('codes: −Business associations');
  await expect(history.getByRole('listitem').nth(1)).toContainText('codes: +Exhibitions');
  await expect(history.getByRole('listitem').nth(2)).toContainText('model role: market connector');
  await history.getByRole('listitem').first().scrollIntoViewIfNeeded();
  await app.screenshot('conclusion-editing-01-framing-and-history');

  // Undo, three times from the top bar: the codes come back, then the role.
  const undo = page.getByRole('banner').getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(codes.getByRole('listitem')).toHaveText(['Business associations×', 'Business associations / Exhibitions×']);
  await undo.click();
  await undo.click();
  await expect(codes.getByRole('listitem')).toHaveText(['Business associations×']);
  await expect(role).toHaveValue('capacity builder');
  await expect(conclusions.item(RIVAL).locator('.conclusion-role')).toHaveText('capacity builder');
  await expect(history.getByRole('listitem').first()).toContainText('Undone');

  // A history entry opens the audit trail on this conclusion's history alone.
  await history.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/audit\/[^/]+$/);
  await expect(page.getByText(/^History of Conclusion “The association mainly serves owners/)).toBeVisible();
  const rows = page.getByRole('table', { name: 'Audit events' }).getByRole('row');
  const framingChanged = page.getByRole('cell', { name: 'Question, role, codes or displays changed', exact: true });
  await expect(rows.filter({ has: framingChanged })).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Buyers abroad want someone' })).toHaveCount(0);
  await app.screenshot('conclusion-editing-02-audit-filtered');
  expect(pageErrors).toEqual([]);
});

test('shows a code’s rename and a merge into it in the code’s history, linked to the audit trail', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const codes = new CodesPage(page);
  await codes.open();
  await codes.rename('Training', 'Skills training');
  await expect(codes.row('Skills training')).toBeVisible();
  const dialog = await codes.startMerge('Mentoring', 'skills', 'Skills training');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(codes.row('Mentoring')).toBeHidden();
  await codes.select('Skills training');

  const history = codes.details.getByRole('list', { name: 'History', exact: true });
  await expect(history.getByRole('listitem').first()).toContainText('Merged “Mentoring” into “Skills training”');
  await expect(history.getByRole('listitem').filter({ hasText: 'Renamed “Training” to “Skills training”' })).toHaveCount(1);
  await history.scrollIntoViewIfNeeded();
  await app.screenshot('conclusion-editing-03-code-history');

  await codes.details.getByRole('link', { name: /^All \d+ events in the audit trail$/ }).click();
  await expect(page).toHaveURL(/#\/audit\/[^/]+$/);
  const rows = page.getByRole('table', { name: 'Audit events' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Mentoring → Skills training' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Training → Skills training' })).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});
