// Conclusions on the example project: draw one from two codes, add coded excerpts as supporting evidence from the
// page's picker and see its computed triangulation move from "no supporting evidence yet" to partly triangulated;
// a disconfirming excerpt contests it until it is resolved; change its status with a reason; log a tactic; delete it
// and undo from the toast. Mostly by keyboard where a form allows it.
import { expect, test } from '@playwright/test';
import { ConclusionsPage } from './pages/ConclusionsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const STATEMENT = 'Association training reaches owners but brings few orders';
const HARJO_TRAINING = 'The training about export documents was useful';
const WULAN_TRAINING = 'We organise sessions on drying and finishing the wood';
const HARJO_NO_ORDERS = 'I went once and got no orders';

test('draws a conclusion, gathers evidence until it is partly triangulated, resolves the counter-evidence, logs a tactic and survives delete with undo', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const conclusions = new ConclusionsPage(page);
  await conclusions.open();
  await app.screenshot('conclusions-01-list');

  await conclusions.draw(STATEMENT, 'association', ['Business associations / Training', 'Business associations / Limited export support']);
  await expect(conclusions.item(STATEMENT)).toHaveAttribute('aria-current', 'true');
  await expect(conclusions.triangulationStatus).toHaveText('Single source');
  await expect(conclusions.triangulationReason).toHaveText('no supporting evidence yet');
  await expect(conclusions.status).toHaveText('Tentative');

  await conclusions.addExcerpts('Supporting evidence', [HARJO_TRAINING, WULAN_TRAINING]);
  await expect(conclusions.evidence('Supporting evidence')).toHaveCount(2);
  await expect(conclusions.evidence('Supporting evidence').first()).toContainText('(owner)');
  await expect(conclusions.triangulationStatus).toHaveText('Partly triangulated');
  await expect(conclusions.triangulationReason).toContainText('no observation or document supports this');
  await expect(conclusions.triangulationReason).toContainText('only 2 informants behind it; the rule asks for 3');
  await app.screenshot('conclusions-02-partial');

  await conclusions.addExcerpts('Disconfirming evidence', [HARJO_NO_ORDERS]);
  await expect(conclusions.triangulationStatus).toHaveText('Contested');
  await expect(conclusions.triangulationReason).toContainText('1 disconfirming item is not resolved');
  await expect(conclusions.item(STATEMENT)).toContainText('2 for · 1 against');
  const against = conclusions.evidence('Disconfirming evidence').first();
  await against.getByRole('button', { name: 'Resolve…' }).click();
  await page.getByRole('combobox', { name: 'Resolution' }).selectOption({ label: 'Qualified' });
  await page.getByRole('textbox', { name: 'How it was dealt with' }).fill('One exhibition only; the training is what owners valued');
  await page.keyboard.press('Enter');
  await expect(against.getByTestId('evidence-resolution')).toHaveText('Qualified: One exhibition only; the training is what owners valued');
  await expect(conclusions.triangulationStatus).toHaveText('Partly triangulated');

  await page.getByRole('button', { name: 'Change status…' }).click();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: 'New status' })).toHaveValue('supported');
  await page.getByRole('textbox', { name: 'Reason' }).fill('Two informants of two roles say so');
  await page.keyboard.press('Enter');
  await expect(conclusions.status).toHaveText('Supported');
  await expect(page.getByRole('list', { name: 'Status history' })).toContainText('Two informants of two roles say so');

  await page.getByRole('button', { name: 'Log a tactic' }).click();
  await page.getByRole('combobox', { name: 'Tactic' }).selectOption({ label: 'Looking for negative evidence' });
  await page.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Weakens' });
  await page.getByRole('textbox', { name: 'Note' }).fill('Exhibitions brought no orders for Pak Harjo');
  await page.getByRole('button', { name: 'Log tactic' }).click();
  await expect(page.getByRole('list', { name: 'Tactics log' })).toContainText('Looking for negative evidence: Weakens');
  await app.screenshot('conclusions-03-page');

  await conclusions.statusFilter.selectOption({ label: 'Supported' });
  await expect(conclusions.items()).toHaveCount(1);
  await conclusions.statusFilter.selectOption({ label: 'All' });

  await page.getByRole('button', { name: 'Delete conclusion' }).click();
  await expect(conclusions.item(STATEMENT)).toHaveCount(0);
  const toast = app.toast(/Conclusion “Association training.*” deleted/);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(conclusions.item(STATEMENT)).toHaveCount(1);
  await conclusions.item(STATEMENT).click();
  await expect(conclusions.status).toHaveText('Supported');
  await expect(conclusions.evidence('Supporting evidence')).toHaveCount(2);
  await app.screenshot('conclusions-04-restored');
  expect(pageErrors).toEqual([]);
});
