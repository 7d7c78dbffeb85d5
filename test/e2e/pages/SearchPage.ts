// Page model of the Search screen: query box, index progress, keyword-in-context hits and "Code selected hits"
// (select all, the scope around each hit, the code picker).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class SearchPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly input: Locator;
  readonly summary: Locator;
  readonly hits: Locator;
  readonly codePicker: Locator;
  readonly selectAll: Locator;
  readonly scope: Locator;
  readonly selectedCount: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.locator('#search-heading');
    this.input = page.getByRole('searchbox', { name: 'Search all sources' });
    this.summary = page.getByTestId('search-summary');
    this.hits = page.getByTestId('search-hit');
    this.codePicker = page.getByRole('combobox', { name: 'Code to apply' });
    this.selectAll = page.getByRole('checkbox', { name: 'Select all hits', exact: true });
    this.scope = page.getByRole('combobox', { name: 'Code around each hit' });
    this.selectedCount = page.getByRole('group', { name: 'Code selected hits…' }).getByText(/^[\d,]+ selected$/);
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Search/ }).click();
    await expect(this.heading).toHaveText('Search');
  }

  /** Types the query and waits until the results on screen answer it (not the previous query). */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await expect(this.summary).toHaveAttribute('data-query', query.trim());
    await expect(this.summary).toHaveAttribute('aria-busy', 'false');
  }

  /** The hit words as shown (the marked part of each keyword-in-context line). */
  async hitWords(): Promise<string[]> {
    return this.hits.locator('.kwic-hit').allInnerTexts();
  }

  async tick(index: number): Promise<void> {
    await this.hits.nth(index).getByRole('checkbox', { name: 'Select this hit' }).check();
  }

  /** Chooses what each hit is widened to: 'The hit only', 'Its sentence', 'Its paragraph', 'Its speaker turn'. */
  async chooseScope(label: string): Promise<void> {
    await this.scope.selectOption({ label });
  }

  /** Picks a code with the fuzzy picker (type, Enter) and codes the ticked hits. */
  async codeTickedHits(codeQuery: string, count: number): Promise<void> {
    await this.codePicker.fill(codeQuery);
    await this.codePicker.press('Enter');
    await this.page.getByRole('button', { name: count === 1 ? 'Code 1 hit' : `Code ${count} hits`, exact: true }).click();
  }
}
