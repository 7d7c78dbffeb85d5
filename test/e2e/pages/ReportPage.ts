// Page model of the Report screen: the sections' controls by their section, the other options, Generate, the
// progress, the outline and the preview frame, Save… and Open.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export class ReportPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly generateButton: Locator;
  readonly saveButton: Locator;
  readonly openButton: Locator;
  readonly progress: Locator;
  readonly progressStatus: Locator;
  readonly outline: Locator;
  readonly preview: FrameLocator;
  readonly quotes: Locator;
  readonly excerpts: Locator;
  readonly language: Locator;
  readonly pseudonymise: Locator;
  readonly format: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Report', level: 1 });
    this.generateButton = page.getByRole('button', { name: 'Generate' });
    this.saveButton = page.getByRole('button', { name: 'Save…' });
    this.openButton = page.getByRole('button', { name: 'Open', exact: true });
    this.progress = page.getByRole('progressbar', { name: 'Report progress' });
    this.progressStatus = page.locator('.report-progress-text');
    this.outline = page.getByRole('list', { name: 'Report outline' });
    this.preview = page.frameLocator('iframe[title="Report preview"]');
    this.quotes = page.getByLabel('Quotes per conclusion');
    this.excerpts = page.getByLabel('Include excerpts');
    this.language = page.getByLabel('Report language');
    this.pseudonymise = page.getByLabel(/^Pseudonymise/);
    this.format = page.getByLabel('Format');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Report/ }).click();
    await expect(this.heading).toBeVisible();
  }

  include(defaultTitle: string): Locator {
    return this.page.getByRole('checkbox', { name: `Include “${defaultTitle}”` });
  }

  /** The title field of a section, named by its default title whatever it is renamed to. */
  title(defaultTitle: string): Locator {
    return this.page.getByRole('textbox', { name: `Title of “${defaultTitle}”` });
  }

  moveUp(currentTitle: string): Locator {
    return this.page.getByRole('button', { name: `Move “${currentTitle}” up` });
  }

  moveDown(currentTitle: string): Locator {
    return this.page.getByRole('button', { name: `Move “${currentTitle}” down` });
  }

  /** The sections' titles as the options list them, in order. */
  async sectionTitles(): Promise<string[]> {
    // The title page's row shows its name as text; the others in a box to rename them.
    return this.page.locator('ol.report-sections .report-section-title').evaluateAll((items) =>
      items.map((item) => (item instanceof HTMLInputElement ? item.value : (item.textContent ?? ''))));
  }

  /** The outline's section titles, in order. */
  async outlineSections(): Promise<string[]> {
    return this.outline.locator('.report-outline-section').allTextContents();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: false });
  }
}
