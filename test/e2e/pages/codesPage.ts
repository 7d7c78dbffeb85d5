// Page model of the Codes screen: the code tree (rows, toolbar, drag-and-drop, keys), code details,
// the merge and delete dialogs, and the templates panel.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type DropPosition = 'before' | 'after' | 'inside';

export class CodesPage {
  readonly page: Page;
  readonly tree: Locator;
  readonly filter: Locator;
  readonly toolbar: Locator;
  readonly details: Locator;
  readonly templates: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.page = page;
    this.tree = page.getByRole('tree', { name: 'Code tree' });
    this.filter = page.getByLabel('Filter codes');
    this.toolbar = page.getByRole('toolbar', { name: 'Code actions' });
    this.details = page.locator('.code-details');
    this.templates = page.getByRole('region', { name: 'Templates' });
    this.error = page.locator('.code-tree-panel').getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Codes/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Codes', level: 1 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  /** The tree as "level name" lines in display order, e.g. ["1 Business networks", "2 Learning"]. */
  async outline(): Promise<string[]> {
    return this.tree
      .getByRole('treeitem')
      .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('aria-level') ?? '?'} ${row.getAttribute('aria-label') ?? ''}`));
  }

  /** Codings on the code itself (the first count badge). */
  async ownCount(name: string): Promise<number> {
    return Number((await this.row(name).locator('.code-count').first().innerText()).replace(/\D/g, ''));
  }

  /** Codings on the code and its sub-codes (the Σ badge; the own count when it has none). */
  async totalCount(name: string): Promise<number> {
    const badges = this.row(name).locator('.code-count');
    return Number((await badges.last().innerText()).replace(/\D/g, ''));
  }

  async select(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.row(name)).toHaveAttribute('aria-selected', 'true');
  }

  async createTopLevel(name: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'New code', exact: true }).click();
    const input = this.page.getByLabel('Name of the new top-level code');
    await input.fill(name);
    await input.press('Enter');
  }

  async createChild(parent: string, name: string): Promise<void> {
    await this.select(parent);
    await this.toolbar.getByRole('button', { name: 'New sub-code' }).click();
    const input = this.page.getByLabel(`Name of the new sub-code of ${parent}`);
    await input.fill(name);
    await input.press('Enter');
  }

  /** Renames in place: double-click the row, type, Enter. */
  async rename(from: string, to: string): Promise<Locator> {
    await this.row(from).dblclick();
    const input = this.page.getByLabel(`New name for code ${from}`, { exact: true });
    await input.fill(to);
    await input.press('Enter');
    return input;
  }

  async recolor(name: string, color: string): Promise<void> {
    await this.row(name).getByRole('button', { name: new RegExp(`^Colour of ${escapeRegExp(name)}:`) }).click();
    const popover = this.page.getByRole('dialog', { name: `Colour of ${name}` });
    await expect(popover).toBeVisible();
    await popover.getByRole('button', { name: `Use colour ${color}` }).click();
    await expect(popover).toBeHidden();
  }

  async recolorCustom(name: string, color: string): Promise<void> {
    await this.row(name).getByRole('button', { name: new RegExp(`^Colour of ${escapeRegExp(name)}:`) }).click();
    const popover = this.page.getByRole('dialog', { name: `Colour of ${name}` });
    await popover.getByLabel('Custom colour').fill(color);
    await expect(popover).toBeHidden();
  }

  swatchColor(name: string): Promise<string | null> {
    return this.row(name).locator('.code-swatch').getAttribute('aria-label');
  }

  /**
   * Drags one row onto another with the mouse (HTML drag and drop): top edge, bottom edge or middle. When both
   * rows are in view this is Playwright's dragTo; otherwise see startDrag.
   */
  async drag(name: string, target: string, position: DropPosition): Promise<void> {
    const rows = [this.row(name), this.row(target)];
    const bothInView = await Promise.all(rows.map((row) => row.evaluate(inViewport)));
    if (bothInView.every(Boolean)) {
      await rows[0].dragTo(rows[1], { targetPosition: await this.dropPoint(target, position) });
      return;
    }
    await this.startDrag(name);
    await this.hoverDrop(target, position);
    await this.page.mouse.up();
  }

  /**
   * Presses on a row and moves a little, so the drag starts on that row before the pane scrolls to a target
   * (Chromium takes the dragged element from where the drag starts; dragTo scrolls to the target first).
   */
  async startDrag(name: string): Promise<void> {
    const source = this.row(name);
    await source.hover();
    const box = await source.boundingBox();
    if (box === null) throw new Error(`row ${name} is not visible`);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + 8, box.y + box.height / 2 + 4, { steps: 3 });
  }

  /** While dragging: moves over the target row's top edge, bottom edge or middle (the drop indicator shows). */
  async hoverDrop(target: string, position: DropPosition): Promise<void> {
    const point = await this.dropPoint(target, position);
    await this.row(target).hover({ position: point });
    await this.row(target).hover({ position: { ...point, x: point.x + 2 } });
  }

  private async dropPoint(target: string, position: DropPosition): Promise<{ x: number; y: number }> {
    const box = await this.row(target).boundingBox();
    if (box === null) throw new Error(`row ${target} is not visible`);
    const y = position === 'before' ? 3 : position === 'after' ? box.height - 3 : box.height / 2;
    return { x: Math.min(box.width / 2, 200), y };
  }

  /** Opens the merge dialog for `name`, picks `target` with the fuzzy picker; returns the dialog. */
  async startMerge(name: string, query: string, target: string): Promise<Locator> {
    await this.select(name);
    await this.toolbar.getByRole('button', { name: 'Merge…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Merge “${name}” into another code` });
    await dialog.getByLabel('Find the code to merge into').fill(query);
    await dialog.getByRole('option', { name: target, exact: true }).click();
    return dialog;
  }

  async askToDelete(name: string): Promise<Locator> {
    await this.select(name);
    await this.toolbar.getByRole('button', { name: 'Delete…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete code?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  detailField(label: 'Definition' | 'Inclusion criteria' | 'Exclusion criteria' | 'Example' | 'Model role' | 'Status'): Locator {
    return this.details.getByLabel(label, { exact: true });
  }

  async saveAsTemplate(name: string, description: string): Promise<void> {
    await this.templates.getByRole('button', { name: 'Save code tree as template…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Save code tree as template' });
    await dialog.getByLabel('Template name').fill(name);
    await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await expect(dialog).toBeHidden();
  }
}

const inViewport = (element: Element): boolean => {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
