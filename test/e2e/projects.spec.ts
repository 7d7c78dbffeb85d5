// Projects: create, rename, delete with a confirmation dialog, and undo the deletion; each keeps its own data.
import { expect, test } from '@playwright/test';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('rename and delete a project with confirmation, then undo the deletion', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Projects');
  const projects = new ProjectsPage(page);
  await projects.create('Pilot study');
  await app.goTo('Sources');
  await expect(new SourcesPage(page).table).toBeHidden();

  await app.goTo('Projects');
  await projects.rename('Pilot study', 'Pilot study 2025');
  await expect(app.activeProjectName).toHaveText('Pilot study 2025');
  await expect(projects.projectNames()).toHaveText(['Pilot study 2025', 'Kendang Jimbe case study (example)']);

  // A name already taken is refused with a message, and the row stays in edit mode.
  await page.getByRole('button', { name: 'Rename project Pilot study 2025', exact: true }).click();
  const input = page.getByLabel('New name for project Pilot study 2025', { exact: true });
  await input.fill('kendang jimbe case study (example)');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await input.press('Escape');

  // Cancel keeps the project.
  let dialog = await projects.askToDelete('Kendang Jimbe case study (example)');
  await app.screenshot('20-delete-confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(projects.projectNames()).toHaveCount(2);

  dialog = await projects.askToDelete('Kendang Jimbe case study (example)');
  await dialog.getByRole('button', { name: 'Delete project' }).click();
  await expect(projects.projectNames()).toHaveText(['Pilot study 2025']);
  const toast = app.toast('Project “Kendang Jimbe case study (example)” deleted.');
  await expect(toast).toBeVisible();
  await app.screenshot('21-deleted-with-undo');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(projects.projectNames()).toHaveCount(2);

  // The restored project has all its data back.
  await projects.open('Kendang Jimbe case study (example)');
  await expect(new SourcesPage(page).table.locator('tbody tr')).toHaveCount(5);

  // Deleting the open project switches to another one; the deletion survives a reload.
  await app.goTo('Projects');
  dialog = await projects.askToDelete('Pilot study 2025');
  await dialog.getByRole('button', { name: 'Delete project' }).click();
  await expect(projects.projectNames()).toHaveText(['Kendang Jimbe case study (example)']);
  await page.reload();
  await expect(app.activeProjectName).toHaveText('Kendang Jimbe case study (example)');
  await app.goTo('Projects');
  await expect(projects.projectNames()).toHaveText(['Kendang Jimbe case study (example)']);
});
