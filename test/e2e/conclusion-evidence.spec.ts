// Evidence added to conclusions from where a passage is seen (issue 10, items 1 and 6), on the example project: the
// first conclusion is drawn in the "Add as evidence to…" dialog from the Coded excerpts screen, a second excerpt is
// added as disconfirming from a display cell's panel, the cell itself is added and taken back with Ctrl+Z, a coding is
// added from the transcript's coding popover, a search hit offers the coding under it (none outside every coding),
// and the excerpt cards show which conclusions they support or disconfirm.
import { expect, test, type Locator } from '@playwright/test';
import { EXAMPLE_DISPLAY_NAMES } from '../../shared/example/exampleDisplayContent.ts';
import { DisplaysPage } from './pages/DisplaysPage.ts';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const STATEMENT = 'Foreign buyers reshape the designs of Sentul carvers';
const SUPPORTING = 'That changed my designs.';
const DISCONFIRMING = 'Since then we dry the mahogany';
const FROM_TRANSCRIPT = 'a shop owner in Ubud came to Sentul himself';

/** The badge of this test's conclusion on an excerpt (the example's own conclusions badge it too). */
const badgeOf = (excerpt: Locator): Locator => excerpt.getByTestId('evidence-badge').filter({ hasText: STATEMENT });

test('adds evidence from excerpts, a display cell and the transcript, shows the badges, and undoes an add', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const dialog = page.getByRole('dialog', { name: 'Add as evidence to…' });

  // 1. Coded excerpts: the dialog draws a new conclusion from the statement typed there (beside the example's own).
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await excerpts.pickCode('Global collaboration');
  const supportingCard = excerpts.excerpts.filter({ hasText: SUPPORTING });
  // The example's own conclusion about collaboration already holds this excerpt.
  await expect(supportingCard.getByTestId('evidence-badge')).toContainText(['Supports: Collaboration with foreign partners created value']);
  await supportingCard.getByRole('button', { name: /^Add the excerpt from .* as evidence/ }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Add', exact: true })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'A new conclusion…' }).check();
  await expect(dialog.getByRole('button', { name: 'Draw conclusion and add' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Statement of the new conclusion/ }).fill(STATEMENT);
  await dialog.getByLabel('Note on its weight (optional)').fill('first-hand');
  await app.screenshot('evidence-01-create-in-dialog');
  await dialog.getByRole('button', { name: 'Draw conclusion and add' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.toast(`Added as evidence to “${STATEMENT}”`)).toBeVisible();
  await expect(badgeOf(supportingCard)).toHaveText(`Supports: ${STATEMENT}`);

  // 2. A display cell: a second excerpt as disconfirming evidence, then the cell itself, taken back with Ctrl+Z.
  const displays = new DisplaysPage(page);
  await displays.open();
  await page.getByRole('link', { name: EXAMPLE_DISPLAY_NAMES.roleOrdered }).click();
  const grid = displays.grid(EXAMPLE_DISPLAY_NAMES.roleOrdered);
  await (await displays.cell(grid, 'owner', 'Global collaboration')).click();
  await expect(displays.cellPanel.getByRole('heading', { name: 'owner × Global collaboration' })).toBeVisible();
  const cellExcerpts = displays.cellPanel.getByTestId('cell-excerpt');
  await expect(badgeOf(cellExcerpts.filter({ hasText: SUPPORTING }))).toHaveText(`Supports: ${STATEMENT}`);
  const against = cellExcerpts.filter({ hasText: DISCONFIRMING });
  await against.getByRole('button', { name: /^Add the excerpt from .* as evidence/ }).click();
  await expect(dialog).toBeVisible();
  // Searching narrows the conclusions by the words of their statement, keyboard only.
  await page.keyboard.type('mahogany');
  await expect(dialog).toContainText('No conclusion has these words.');
  await dialog.getByRole('searchbox').fill('designs');
  await dialog.getByRole('radio', { name: new RegExp(STATEMENT) }).check();
  await dialog.getByRole('radio', { name: 'disconfirms it' }).check();
  await app.screenshot('evidence-02-pick-disconfirming');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(badgeOf(against)).toHaveText(`Disconfirms: ${STATEMENT}`);

  await displays.cellPanel.getByRole('button', { name: 'Add this cell as evidence…' }).click();
  await expect(dialog).toContainText('Display cell: owner × Global collaboration');
  await dialog.getByRole('radio', { name: new RegExp(STATEMENT) }).check();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const cellBadges = displays.cellPanel.locator('.cell-panel-evidence').getByTestId('evidence-badge');
  await expect(cellBadges).toHaveText([`Supports: ${STATEMENT}`]);
  await app.screenshot('evidence-03-cell-panel');
  await displays.cellPanel.getByRole('heading', { name: 'owner × Global collaboration' }).click();
  await page.keyboard.press('Control+z');
  await expect(cellBadges).toHaveCount(0);
  await expect(badgeOf(against)).toHaveText(`Disconfirms: ${STATEMENT}`);

  // 3. The transcript: a coding's popover adds it.
  await app.goTo('Sources');
  await new SourcesPage(page).open('Interview with Pak Harjo (owner)');
  const view = new TranscriptPage(page);
  await view.clickText(FROM_TRANSCRIPT);
  await expect(view.popover).toBeVisible();
  await app.screenshot('evidence-05-transcript-popover');
  await view.popover.getByRole('button', { name: 'Add as evidence…' }).first().click();
  await expect(dialog).toContainText(FROM_TRANSCRIPT.slice(0, 20));
  await dialog.getByRole('radio', { name: new RegExp(STATEMENT) }).check();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(app.toast(`Added as evidence to “${STATEMENT}”`).first()).toBeVisible();

  // 4. Search: a hit inside a coding offers that coding; a hit outside every coding says to code it first.
  const search = new SearchPage(page);
  await search.open();
  await search.search('mahogany');
  const codedHit = search.hits.filter({ hasText: 'we dry the' });
  await codedHit.getByRole('button', { name: /^Add the coding at this hit/ }).click();
  await expect(dialog).toContainText('Product quality: the coding at “mahogany”');
  await app.screenshot('evidence-06-search-hit');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await search.search('truck');
  const uncoded = search.hits.first().getByRole('button', { name: /^Add the coding at this hit/ });
  await expect(uncoded).toBeDisabled();
  await expect(uncoded).toHaveAttribute('title', 'Code this passage first: only coded passages can be evidence');

  // 5. Back on the excerpt cards: each shows the conclusion it supports or disconfirms.
  await excerpts.open();
  await excerpts.pickCode('Business networks');
  await expect(badgeOf(excerpts.excerpts.filter({ hasText: FROM_TRANSCRIPT }))).toHaveText(`Supports: ${STATEMENT}`);
  await expect(badgeOf(excerpts.excerpts.filter({ hasText: SUPPORTING }))).toHaveText(`Supports: ${STATEMENT}`);
  await expect(badgeOf(excerpts.excerpts.filter({ hasText: DISCONFIRMING }))).toHaveText(`Disconfirms: ${STATEMENT}`);
  await excerpts.excerpts.filter({ hasText: DISCONFIRMING }).scrollIntoViewIfNeeded();
  await app.screenshot('evidence-07-excerpt-badges');
  expect(pageErrors).toEqual([]);
});
