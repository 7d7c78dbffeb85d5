// Page model of the informants table: in-place edits, adding informants and attributes, deleting with undo.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class InformantsPage {
  readonly page: Page;
  readonly table: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table', { name: 'Informants' });
  }

  row(pseudonym: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name: `Pseudonym of ${pseudonym}`, exact: true }) });
  }

  cell(label: string): Locator {
    return this.table.getByRole('button', { name: label, exact: true });
  }

  /** Clicks the cell, types the value and presses Enter (or Escape to cancel). */
  async editCell(label: string, value: string, key: 'Enter' | 'Escape' = 'Enter'): Promise<void> {
    await this.cell(label).click();
    const editor = this.table.getByLabel(label, { exact: true });
    await editor.fill(value);
    await editor.press(key);
    await expect(this.cell(label)).toBeVisible();
  }

  async addInformant(pseudonym: string, role: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add informant' });
    await form.getByLabel('Pseudonym').fill(pseudonym);
    await form.getByLabel('Role').fill(role);
    await form.getByRole('button', { name: 'Add informant' }).click();
    await expect(this.row(pseudonym)).toBeVisible();
  }

  /** Chooses a CSV or XLSX file for "Import informants…" and returns the import dialog. */
  async startImport(file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
    await this.page.getByLabel('Choose a CSV or Excel file of informants').setInputFiles(file);
    const dialog = this.page.getByRole('dialog', { name: `Import informants from ${file.name}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The import dialog's "Import as" choice for one column of the file. */
  columnUse(dialog: Locator, column: string): Locator {
    return dialog.getByLabel(`Import column ${column} as`, { exact: true });
  }

  async addAttribute(name: string, type: 'text' | 'number' | 'date' | 'yes/no'): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add attribute' });
    await form.getByLabel('Attribute name').fill(name);
    await form.getByLabel('Attribute type').selectOption({ label: type });
    await form.getByRole('button', { name: 'Add attribute' }).click();
  }
}
