// Page model of the projects screen: create, open, rename, delete with confirmation.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class ProjectsPage {
  readonly page: Page;
  readonly table: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table', { name: 'Projects' });
  }

  async create(name: string): Promise<void> {
    await this.page.getByLabel('New project').fill(name);
    await this.page.getByRole('button', { name: 'Create project' }).click();
    await expect(this.page.getByTestId('active-project-name')).toHaveText(name);
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open project ${name}`, exact: true }).click();
    await expect(this.page.getByTestId('active-project-name')).toHaveText(name);
  }

  async rename(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename project ${from}`, exact: true }).click();
    const input = this.page.getByLabel(`New name for project ${from}`, { exact: true });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.projectNames()).toContainText([to]);
  }

  /** Clicks Delete and returns the confirmation dialog (the caller confirms or cancels). */
  async askToDelete(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Delete project ${name}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete project?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  projectNames(): Locator {
    return this.table.locator('tbody tr td:first-child .button.link');
  }
}
