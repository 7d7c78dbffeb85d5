// Page model of the workbench shell: start-up, navigation, the import entry points and toasts.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type FileSpec = { name: string; mimeType: string; buffer: Buffer };

export class WorkbenchPage {
  readonly page: Page;
  readonly navigation: Locator;
  readonly activeProjectName: Locator;
  readonly importButton: Locator;
  readonly fileInput: Locator;

  constructor(page: Page) {
    this.page = page;
    this.navigation = page.getByRole('navigation', { name: 'Main navigation' });
    this.activeProjectName = page.getByTestId('active-project-name');
    this.importButton = page.getByRole('button', { name: 'Import sources…' });
    this.fileInput = page.getByLabel('Choose files to import');
  }

  /** Opens the app and waits until start-up (seeding on a first run) has finished. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.navigation).toBeVisible();
  }

  async goTo(screen: 'Sources' | 'Informants' | 'Projects' | 'Settings & about'): Promise<void> {
    await this.navigation.getByRole('button', { name: new RegExp(`^${screen.replace(/[&]/g, '\\$&')}`) }).click();
  }

  async chooseFiles(files: FileSpec[]): Promise<void> {
    await this.fileInput.setInputFiles(files);
  }

  /** Drops files on the window the way a file manager does: a real DataTransfer built inside the page. */
  async dropFiles(files: { name: string; mimeType: string; text: string }[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((specs) => {
      const transfer = new DataTransfer();
      for (const spec of specs) transfer.items.add(new File([spec.text], spec.name, { type: spec.mimeType }));
      return transfer;
    }, files);
    const target = this.page.locator('main#main');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await expect(this.page.getByText('Drop files to import them into this project')).toBeVisible();
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toast').filter({ hasText: text });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: false });
  }
}
