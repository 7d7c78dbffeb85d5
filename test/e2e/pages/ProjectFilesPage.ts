// Page model of project files in the browser: the File menu, the save status, the dialogs of opening a file, and
// the files themselves. Playwright cannot answer the File System Access pickers, so `usePickerStubs` (an init
// script) makes showOpenFilePicker / showSaveFilePicker hand out real handles of the origin-private file system,
// named by the test; `withoutFileSystemAccess` removes the pickers so the app falls back to upload and download.
import { expect } from '@playwright/test';
import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Window properties the stubs read: the file the open picker hands out next, the name the save picker gives. */
export const NEXT_OPEN = 'caseweaveNextOpen';
export const NEXT_SAVE = 'caseweaveNextSave';

export const usePickerStubs = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(({ nextOpen, nextSave }) => {
    const root = () => navigator.storage.getDirectory();
    /** Reads and clears a name the test set; a picker is answered once. */
    const take = (property: string): unknown => {
      const value: unknown = Reflect.get(window, property);
      Reflect.deleteProperty(window, property);
      return value;
    };
    Object.assign(window, {
      showSaveFilePicker: async (options: { suggestedName: string }) => {
        const name = take(nextSave);
        return (await root()).getFileHandle(typeof name === 'string' ? name : options.suggestedName, { create: true });
      },
      showOpenFilePicker: async () => {
        const name = take(nextOpen);
        if (typeof name !== 'string') throw new DOMException('The user aborted a request.', 'AbortError');
        return [await (await root()).getFileHandle(name)];
      },
    });
  }, { nextOpen: NEXT_OPEN, nextSave: NEXT_SAVE });
};

export const withoutFileSystemAccess = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(() => {
    Reflect.deleteProperty(window, 'showOpenFilePicker');
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
};

export class ProjectFilesPage {
  readonly page: Page;
  readonly menuButton: Locator;
  readonly menu: Locator;
  readonly status: Locator;
  readonly banner: Locator;

  constructor(page: Page) {
    this.page = page;
    this.menuButton = page.getByRole('button', { name: 'File', exact: true });
    this.menu = page.getByRole('menu', { name: 'File' });
    this.status = page.getByRole('status', { name: 'Project file' });
    this.banner = page.locator('.read-only-banner');
  }

  async openMenu(): Promise<void> {
    await this.menuButton.click();
    await expect(this.menu).toBeVisible();
  }

  async choose(item: string | RegExp): Promise<void> {
    await this.openMenu();
    await this.menu.getByRole('menuitem', { name: item }).click();
  }

  /** Save as… through the stubbed picker, to a file of the private file system called `fileName`. */
  async saveAs(fileName: string): Promise<void> {
    await this.answerPicker(NEXT_SAVE, fileName);
    await this.choose(/^Save as…/);
    await expect(this.status).toContainText(fileName);
    await expect(this.status).toContainText(/Saved/);
  }

  /** Open project file… through the stubbed picker. */
  async open(fileName: string): Promise<void> {
    await this.answerPicker(NEXT_OPEN, fileName);
    await this.choose(/^Open project file…/);
  }

  /** What the stubbed picker answers next: the open picker's file (NEXT_OPEN) or the save picker's name (NEXT_SAVE). */
  async answerPicker(picker: typeof NEXT_OPEN | typeof NEXT_SAVE, fileName: string): Promise<void> {
    await this.page.evaluate(({ property, name }) => Reflect.set(window, property, name), { property: picker, name: fileName });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The bytes of a file of the private file system, as base64. */
  readFile(fileName: string): Promise<string> {
    return this.page.evaluate(async (name) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name);
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    }, fileName);
  }

  /** Puts a file (base64 bytes) in the private file system, as if copied to this machine. */
  writeFile(fileName: string, base64: string): Promise<void> {
    return this.page.evaluate(async ({ name, data }) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(Uint8Array.from(atob(data), (character) => character.charCodeAt(0)));
      await writable.close();
    }, { name: fileName, data: base64 });
  }

  /** Every row of every table of the app's database, as JSON: equal before and after means nothing was written. */
  dumpDatabase(): Promise<string> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('caseweave');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const dump: Record<string, unknown> = {};
      for (const name of [...db.objectStoreNames].sort()) {
        dump[name] = await new Promise((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      return JSON.stringify(dump);
    });
  }
}
