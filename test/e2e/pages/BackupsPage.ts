// Page model of Settings' backups panel, and of the backups folder in the browser's origin-private file system
// (read and seeded through the page, since Playwright has no other door into OPFS).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class BackupsPage {
  readonly page: Page;
  readonly panel: Locator;
  readonly heading: Locator;
  readonly location: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('region', { name: 'Backups' });
    this.heading = this.panel.getByRole('heading', { name: 'Backups', level: 2 });
    this.location = page.getByTestId('backup-location');
  }

  backUpNowButton(projectName: string): Locator {
    return this.panel.getByRole('button', { name: `Back up “${projectName}” now`, exact: true });
  }

  /** The table of one project's backups; its body rows are the backups. */
  table(projectName: string): Locator {
    return this.panel.getByRole('table', { name: `Backups of ${projectName}`, exact: true });
  }

  rows(projectName: string): Locator {
    return this.table(projectName).locator('tbody tr');
  }

  /** Opens Settings at its backups, as "Restore from backup…" does. */
  async open(): Promise<void> {
    await this.page.goto('/#/settings/backups');
    await expect(this.heading).toBeFocused();
  }

  async restoreNewest(projectName: string): Promise<void> {
    await this.rows(projectName).first().getByRole('button', { name: /^Restore the backup of/ }).click();
  }

  /** Names of the files in OPFS `backups/`, sorted. */
  async storedFileNames(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const directory = await root.getDirectoryHandle('backups', { create: true });
      // TypeScript's DOM lib has no async iteration of a directory handle; Chromium has.
      const listable = (handle: FileSystemDirectoryHandle): handle is FileSystemDirectoryHandle & { keys(): AsyncIterable<string> } => 'keys' in handle;
      if (!listable(directory)) throw new Error('this browser cannot list a directory');
      const names: string[] = [];
      for await (const name of directory.keys()) names.push(name);
      return names.sort();
    });
  }

  /** Writes files into OPFS `backups/`, as earlier sessions would have left them. */
  async seedFiles(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    const seeds = files.map((file) => ({ name: file.name, bytes: [...file.bytes] }));
    await this.page.evaluate(async (written) => {
      const root = await navigator.storage.getDirectory();
      const directory = await root.getDirectoryHandle('backups', { create: true });
      for (const seed of written) {
        const writable = await (await directory.getFileHandle(seed.name, { create: true })).createWritable();
        await writable.write(new Uint8Array(seed.bytes));
        await writable.close();
      }
    }, seeds);
  }
}
