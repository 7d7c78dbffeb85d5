// Conclusions on the example project: draw one from two codes, add coded excerpts as supporting evidence from the
// page's picker and see its computed triangulation move from "no supporting evidence yet" to partly triangulated;
// a disconfirming excerpt contests it until it is resolved; change its status with a reason; log a tactic; delete it
// and undo from the toast. Then: reword it as it is typed (saved, kept over a reload, taken back by Undo), keep a weight
// note, mark a rival and see the link both ways, and open a piece of evidence in its source. Mostly by keyboard.
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

  // Beside the example project's own conclusions, the filter keeps only those of the status asked for.
  await conclusions.statusFilter.selectOption({ label: 'Supported' });
  await expect(conclusions.item(STATEMENT)).toHaveCount(1);
  await expect(conclusions.items().filter({ hasNotText: 'Supported' })).toHaveCount(0);
  await conclusions.statusFilter.selectOption({ label: 'Tentative' });
  await expect(conclusions.item(STATEMENT)).toHaveCount(0);
  await expect(conclusions.items().first()).toBeVisible();
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

test('rewords a conclusion as it is typed, keeps a weight note, links a rival both ways and opens its evidence in the source', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const conclusions = new ConclusionsPage(page);
  await conclusions.open();
  await conclusions.draw('Exhibitions pay off only when members share a booth', 'association', ['Business associations / Exhibitions']);
  await conclusions.addExcerpts('Supporting evidence', ['One member alone cannot pay for a booth']);
  const item = conclusions.evidence('Supporting evidence').first();
  await item.getByRole('textbox', { name: 'Weight' }).fill('reported, first-hand');
  await page.keyboard.press('Enter');

  const statement = page.getByRole('textbox', { name: 'Statement' });
  await statement.click();
  await page.keyboard.press('End');
  await statement.pressSequentially(' together');
  await expect(page.getByTestId('conclusion-save-status')).toHaveText('Saved');
  await page.reload();
  await expect(conclusions.item('share a booth together')).toHaveCount(1);
  await conclusions.item('share a booth together').click();
  await expect(conclusions.evidence('Supporting evidence').first().getByRole('textbox', { name: 'Weight' })).toHaveValue('reported, first-hand');
  // The top bar's Undo takes a rewording back, and the open editor shows it.
  await statement.click();
  await page.keyboard.press('End');
  await statement.pressSequentially(' always');
  await expect(page.getByTestId('conclusion-save-status')).toHaveText('Saved');
  await expect(conclusions.item('share a booth together always')).toHaveCount(1);
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(statement).toHaveText('Exhibitions pay off only when members share a booth together');

  await conclusions.draw('Exhibitions pay off through the association’s name, not the booth', 'association', []);
  await page.getByRole('combobox', { name: 'Rival of' }).selectOption({ label: 'Exhibitions pay off only when members share a booth together' });
  await expect(page.getByText('This is a rival explanation of:')).toBeVisible();
  await page.getByRole('button', { name: 'Exhibitions pay off only when members share a booth together' }).last().click();
  await expect(page.getByText('Rival explanations of this conclusion:')).toBeVisible();
  await app.screenshot('conclusions-05-rival');

  await conclusions.evidence('Supporting evidence').first().getByRole('button', { name: 'Open in source' }).click();
  await expect(page).toHaveURL(/#\/source\/[^/]+\/\d+-\d+$/);
  expect(pageErrors).toEqual([]);
});
