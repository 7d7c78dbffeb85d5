// The code tree: a project from the default template, create/rename/recolour, duplicate names refused,
// moves by drag-and-drop and by keyboard, merge, delete with undo/redo by keys, templates, reload.
import { expect, test } from '@playwright/test';
import { CodesPage } from './pages/codesPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const newProjectFrom = async (app: WorkbenchPage, name: string, template: RegExp | 'empty') => {
  await app.goTo('Projects');
  await new ProjectsPage(app.page).create(name, template === 'empty' ? { empty: true } : { template });
};

test('build a code tree from the default template, edit it, and save it as a template', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Projects');
  // The project name has a label of its own, and "empty" versus "from a template" is an explicit choice:
  // nothing is preselected and Create waits for it.
  const projects = new ProjectsPage(page);
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Project name').fill('Pilot coding');
  await expect(form.getByRole('radio', { name: /^Empty code tree/ })).not.toBeChecked();
  await expect(form.getByRole('radio', { name: /^From a template/ })).not.toBeChecked();
  await expect(form.getByRole('button', { name: 'Create project' })).toBeDisabled();
  await expect(form).toContainText('Choose whether the project starts empty or from a template.');
  await app.screenshot('codes-00a-new-project-start-choice');
  // Choosing "from a template" opens the templates, the default one picked, each with its description.
  await projects.chooseStart('template');
  await expect(form.getByRole('radio', { name: /^Ecosystem-based internationalization/ })).toBeChecked();
  await expect(form.getByRole('radio', { name: /^Sales-network factors/ })).toBeVisible();
  await expect(form.getByRole('radio', { name: /^Platform regulation/ })).toBeVisible();
  await app.screenshot('codes-00-new-project-template-choice');
  await projects.create('Pilot coding');

  const codes = new CodesPage(page);
  await codes.open();
  for (const name of ['Business networks', 'Global collaboration', 'Diaspora', 'Business associations', 'Synergy between factors']) {
    await expect(codes.row(name)).toBeVisible();
  }
  await expect(codes.row('Exporters and intermediaries')).toHaveAttribute('aria-level', '2');
  await expect(codes.row('Business networks')).toHaveAttribute('aria-description', '0 codings on this code, 0 with its sub-codes');

  // Details of a template code, edited and saved on blur.
  await codes.select('Business networks');
  await expect(codes.detailField('Model role')).toHaveValue('entry point');
  await expect(codes.detailField('Definition')).not.toHaveValue('');
  await codes.detailField('Example').fill('“The exporter from Bali found us at the fair.”');
  await codes.detailField('Status').selectOption('stable');
  await codes.detailField('Example').press('Tab');
  await app.screenshot('codes-01-codes-screen-details');

  // Filter box: fuzzy over names.
  await codes.filter.fill('exprters');
  await expect(codes.row('Exporters and intermediaries')).toBeVisible();
  await expect(codes.row('Training')).toBeHidden();
  await codes.filter.fill('');

  // Create, rename, recolour.
  await codes.createTopLevel('Family succession');
  await expect(codes.row('Family succession')).toHaveAttribute('aria-selected', 'true');
  await codes.createChild('Family succession', 'Next generation');
  await expect(codes.row('Next generation')).toHaveAttribute('aria-level', '2');
  // The parent stays selected, so a second "New sub-code" nests beside the first, not under it.
  await expect(codes.row('Family succession')).toHaveAttribute('aria-selected', 'true');
  await codes.toolbar.getByRole('button', { name: 'New sub-code' }).click();
  await page.getByLabel('Name of the new sub-code of Family succession').press('Escape');
  const renameInput = await codes.rename('Next generation', 'Children take over');
  await expect(renameInput).toBeHidden();
  await expect(codes.row('Children take over')).toBeVisible();
  await codes.recolor('Family succession', '#d62728');
  expect(await codes.swatchColor('Family succession')).toContain('#d62728');
  await codes.recolorCustom('Children take over', '#123456');
  expect(await codes.swatchColor('Children take over')).toContain('#123456');
  // F2 renames the focused row in place too; Escape gives up.
  await codes.select('Children take over');
  await page.keyboard.press('F2');
  const f2Input = page.getByLabel('New name for code Children take over', { exact: true });
  await f2Input.fill('Heirs');
  await f2Input.press('Enter');
  await expect(codes.row('Heirs')).toBeFocused();
  await page.keyboard.press('F2');
  await page.getByLabel('New name for code Heirs', { exact: true }).fill('Children take over');
  await page.keyboard.press('Enter');
  await expect(codes.row('Children take over')).toBeFocused();

  // A name already used under the same parent is refused with the codebook's message.
  await codes.createChild('Business associations', 'training');
  await expect(codes.error).toHaveText(/There is already a code named "Training" under "Business associations"/);
  await page.getByLabel('Name of the new sub-code of Business associations').press('Escape');
  const refusedRename = await codes.rename('Training', 'Mentoring');
  await expect(codes.error).toHaveText(/There is already a code named "Mentoring" under "Business associations"/);
  await expect(refusedRename).toBeVisible();
  await refusedRename.press('Escape');
  await expect(codes.row('Training')).toBeVisible();
  await codes.createTopLevel('diaspora');
  await expect(codes.error).toHaveText('There is already a top-level code named "Diaspora".');
  await app.screenshot('codes-02-duplicate-name-refused');
  await page.getByLabel('Name of the new top-level code').press('Escape');

  // Drag and drop: into another code, before a code, and never into its own sub-code.
  await codes.drag('Family succession', 'Diaspora', 'inside');
  await expect(codes.row('Family succession')).toHaveAttribute('aria-level', '2');
  await expect(codes.row('Children take over')).toHaveAttribute('aria-level', '3');
  await codes.startDrag('Family succession');
  await codes.hoverDrop('Business networks', 'before');
  await expect(codes.row('Business networks')).toHaveClass(/drop-before/);
  // The indicator says in words what the drop will do, and the drop does just that.
  await expect(codes.row('Business networks').getByRole('status')).toHaveText('Insert before “Business networks” at the top level');
  await app.screenshot('codes-02a-drop-indicator');
  await page.mouse.up();
  await expect.poll(async () => (await codes.outline()).slice(0, 3)).toEqual(['1 Family succession', '2 Children take over', '1 Business networks']);
  const before = await codes.outline();
  await codes.startDrag('Family succession');
  await codes.hoverDrop('Children take over', 'inside');
  await expect(codes.row('Children take over')).toHaveClass(/drop-refused/);
  await expect(codes.row('Children take over').getByRole('status')).toHaveText('A code cannot go into itself or its own sub-codes');
  await app.screenshot('codes-02b-drop-refused');
  await page.mouse.up();
  await expect(codes.row('Children take over')).not.toHaveClass(/drop-/);
  expect(await codes.outline()).toEqual(before);
  // Below an open code with sub-codes the line sits above its first sub-code, and that is what it means.
  await codes.startDrag('Children take over');
  await codes.hoverDrop('Business networks', 'after');
  await expect(codes.row('Business networks').getByRole('status')).toHaveText('Make the first sub-code of “Business networks”');
  await app.screenshot('codes-02c-drop-first-sub-code');
  // Let go over the dragged row itself, where a drop is refused: nothing moves.
  await codes.hoverDrop('Children take over', 'inside');
  await page.mouse.up();
  expect(await codes.outline()).toEqual(before);
  await codes.drag('Children take over', 'Learning', 'after');
  await expect(codes.row('Children take over')).toHaveAttribute('aria-level', '2');
  let outline = await codes.outline();
  expect(outline[outline.indexOf('2 Learning') + 1]).toBe('2 Children take over');

  // Keyboard alternatives: Alt+arrows on the focused row, and the toolbar buttons.
  await codes.select('Children take over');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(codes.row('Children take over')).toHaveAttribute('aria-level', '1');
  outline = await codes.outline();
  expect(outline[outline.indexOf('1 Children take over') - 1]).toBe('2 Learning');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await codes.outline()).slice(0, 3)).toEqual(['1 Family succession', '1 Children take over', '1 Business networks']);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(codes.row('Children take over')).toHaveAttribute('aria-level', '2');
  await expect(codes.row('Children take over')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(codes.row('Family succession')).toBeFocused();
  await codes.toolbar.getByRole('button', { name: 'Move down' }).click();
  await expect.poll(async () => (await codes.outline()).slice(0, 3)).toEqual(['1 Business networks', '2 Exporters and intermediaries', '2 Arts communities']);
  await app.screenshot('codes-03-code-tree-edited');

  // Save the tree as a template and start a new project from it.
  await codes.saveAsTemplate('Pilot codebook', 'Ecosystem codes plus family succession.');
  await expect(codes.templates.getByRole('list', { name: 'Saved templates' })).toContainText('Pilot codebook');
  const pilotOutline = await codes.outline();
  await app.screenshot('codes-04-saved-template');
  await newProjectFrom(app, 'Second site', /^Pilot codebook/);
  await codes.open();
  await expect(codes.row('Family succession')).toBeVisible();
  expect(await codes.outline()).toEqual(pilotOutline);

  // An empty project has no codes.
  await newProjectFrom(app, 'Blank slate', 'empty');
  await codes.open();
  await expect(page.getByText('This project has no codes yet.')).toBeVisible();

  // Reload keeps the projects, the edited tree and the saved template.
  await page.reload();
  await expect(app.activeProjectName).toHaveText('Blank slate');
  await app.goTo('Projects');
  await new ProjectsPage(page).open('Pilot coding');
  await codes.open();
  expect(await codes.outline()).toEqual(pilotOutline);
  await expect(codes.row('Family succession')).toBeVisible();
  expect(await codes.swatchColor('Family succession')).toContain('#d62728');
  await codes.select('Business networks');
  await expect(codes.detailField('Example')).toHaveValue('“The exporter from Bali found us at the fair.”');
  await expect(codes.detailField('Status')).toHaveValue('stable');
  await expect(codes.templates).toContainText('Pilot codebook');
  expect(pageErrors).toEqual([]);
});

test('merge codes, delete a coded code, undo and redo with the keyboard', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await expect(app.activeProjectName).toHaveText('Kendang Jimbe case study (example)');
  const codes = new CodesPage(page);
  await codes.open();
  await expect(codes.row('Business networks')).toBeVisible();
  await app.screenshot('codes-05-example-code-tree');

  // Merge: the dialog tells how many codings move and collapse before anything changes.
  const sourceCount = await codes.ownCount('Arts communities');
  const targetCount = await codes.ownCount('Exporters and intermediaries');
  const dialog = await codes.startMerge('Arts communities', 'exporters', 'Exporters and intermediaries');
  const preview = dialog.getByRole('status');
  await expect(preview).toContainText(/codings? will move to “Exporters and intermediaries”/);
  const [moved, collapsed] = ((await preview.innerText()).match(/\d+/g) ?? []).map(Number);
  expect(moved + collapsed).toBe(sourceCount);
  await app.screenshot('codes-06-merge-dialog');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(codes.row('Arts communities')).toBeHidden();
  expect(await codes.ownCount('Exporters and intermediaries')).toBe(targetCount + moved);
  // The merged code's definition and criteria are kept in the target's, marked, and stay editable.
  await codes.select('Exporters and intermediaries');
  await expect(codes.detailField('Definition')).toHaveValue(/\n\n— merged from “Arts communities”: Music, dance and cultural communities/);
  await expect(codes.detailField('Exclusion criteria')).toHaveValue(/— merged from “Arts communities”: Communities run by or around Indonesian migrants/);
  await expect(codes.detailField('Definition')).toBeEditable();

  // Delete a top-level code with sub-codes and codings: the confirmation counts them.
  const total = await codes.totalCount('Business networks');
  expect(total).toBeGreaterThan(0);
  const confirm = await codes.askToDelete('Business networks');
  await expect(confirm).toContainText(`Delete “Business networks” with 4 sub-codes and ${total} codings (in `);
  await app.screenshot('codes-07-delete-code-confirmation');
  await confirm.getByRole('button', { name: 'Delete code' }).click();
  await expect(codes.row('Business networks')).toBeHidden();
  await expect(app.toast(`Code “Business networks” deleted with ${total} codings.`)).toBeVisible();
  await expect(page.locator('.undo-buttons').getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Delete code “Business networks”/);
  await app.screenshot('codes-08-deleted-with-undo');

  // Ctrl+Z brings the code, its sub-codes and codings back; Ctrl+Shift+Z deletes again; Ctrl+Z once more.
  await page.keyboard.press('Control+z');
  await expect(codes.row('Business networks')).toBeVisible();
  expect(await codes.totalCount('Business networks')).toBe(total);
  await page.keyboard.press('Control+Shift+z');
  await expect(codes.row('Business networks')).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(codes.row('Business networks')).toBeVisible();
  await expect(codes.row('Exporters and intermediaries')).toBeVisible();
  expect(await codes.totalCount('Business networks')).toBe(total);

  // Keys typed in a text field keep their own undo: Ctrl+Z in the filter does not undo the merge.
  await codes.filter.fill('diasp');
  await codes.filter.press('Control+z');
  await codes.filter.fill('');
  await expect(codes.row('Exporters and intermediaries')).toBeVisible();
  await expect(codes.row('Arts communities')).toBeHidden();

  // Undo the merge with the top bar's button, redo with Ctrl+Y; all survive a reload.
  await page.locator('.undo-buttons').getByRole('button', { name: 'Undo' }).click();
  await expect(codes.row('Arts communities')).toBeVisible();
  expect(await codes.ownCount('Arts communities')).toBe(sourceCount);
  await codes.select('Exporters and intermediaries');
  await expect(codes.detailField('Definition')).not.toHaveValue(/merged from/);
  await page.keyboard.press('Control+y');
  await expect(codes.row('Arts communities')).toBeHidden();
  await page.reload();
  await codes.open();
  await expect(codes.row('Business networks')).toBeVisible();
  await expect(codes.row('Arts communities')).toBeHidden();
  expect(await codes.totalCount('Business networks')).toBe(total);
  expect(await codes.ownCount('Exporters and intermediaries')).toBe(targetCount + moved);
  expect(pageErrors).toEqual([]);
});
