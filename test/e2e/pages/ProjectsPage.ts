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

  /** The new-project form's explicit start choice: empty, or from a template (then the template list opens). */
  async chooseStart(start: 'empty' | 'template', template?: RegExp): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New project' });
    await form.getByRole('radio', { name: start === 'empty' ? /^Empty code tree/ : /^From a template/ }).check();
    if (template !== undefined) await form.getByRole('radio', { name: template }).check();
  }

  /** Creates a project: from the default template unless the start was chosen already or is given. */
  async create(name: string, start?: { empty: true } | { template: RegExp }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New project' });
    await form.getByLabel('Project name').fill(name);
    if (start !== undefined) await this.chooseStart('empty' in start ? 'empty' : 'template', 'template' in start ? start.template : undefined);
    else if ((await form.getByRole('radio', { checked: true }).count()) === 0) await this.chooseStart('template');
    await form.getByRole('button', { name: 'Create project' }).click();
    await expect(this.page.getByTestId('active-project-name')).toHaveText(name);
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open project ${name}`, exact: true }).click();
    await expect(this.page.getByTestId('active-project-name')).toHaveText(name);
  }

  async rename(from: string, to: string): Promise<void> {
    await this.submitRename(from, to);
    await expect(this.projectNames()).toContainText([to]);
  }

  /** Types a new name and presses Enter, whether or not the rename will be accepted; returns the name field. */
  async submitRename(from: string, to: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Rename project ${from}`, exact: true }).click();
    const input = this.page.getByLabel(`New name for project ${from}`, { exact: true });
    await input.fill(to);
    await input.press('Enter');
    return input;
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
