// Page model of a network display: starting one, its nodes (added from the side panel, dragged, moved by keys),
// the relation editor, the drawing's edges, the unevidenced list and the exports.
import { expect, type Locator, type Page } from '@playwright/test';
import { DisplaysPage } from './DisplaysPage.ts';

export class NetworkPage {
  readonly page: Page;
  readonly drawing: Locator;
  readonly nodesPanel: Locator;
  readonly relationsPanel: Locator;
  readonly unevidenced: Locator;
  readonly editor: Locator;

  constructor(page: Page) {
    this.page = page;
    this.drawing = page.locator('svg.network-canvas');
    this.nodesPanel = page.locator('section[aria-labelledby="network-nodes-heading"]');
    this.relationsPanel = page.locator('section[aria-labelledby="network-relations-heading"]');
    this.unevidenced = page.locator('section[aria-labelledby="network-unevidenced-heading"]');
    this.editor = page.getByRole('dialog');
  }

  /** Opens the Displays screen and starts a network display by name through "New display". */
  async create(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Displays/ }).click();
    await new DisplaysPage(this.page).create(name, 'Network');
    await expect(this.drawing).toBeAttached();
  }

  async addNode(kind: 'Code' | 'Informant' | 'Role' | 'Free node', choice: string): Promise<void> {
    await this.nodesPanel.getByLabel('Kind').selectOption({ label: kind });
    if (kind === 'Free node') await this.nodesPanel.getByLabel('Label of the free node').fill(choice);
    else await this.nodesPanel.getByLabel(kind, { exact: true }).selectOption({ label: choice });
    await this.nodesPanel.getByRole('button', { name: 'Add node' }).click();
    await expect(this.nodesPanel.locator('.network-node-list')).toContainText(choice);
  }

  /** The node in the drawing, found by its label (a button, focusable, moved by arrow keys). */
  node(label: string): Locator {
    return this.drawing.locator('g.network-node').filter({ has: this.page.locator('title', { hasText: new RegExp(`^${label}$`) }) });
  }

  /** The node's place in drawing units, read from its transform. */
  async placeOf(label: string): Promise<{ x: number; y: number }> {
    const transform = (await this.node(label).getAttribute('transform')) ?? '';
    const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(transform);
    if (match === null) throw new Error(`no place for ${label}: ${transform}`);
    return { x: Number(match[1]), y: Number(match[2]) };
  }

  async dragNode(label: string, by: { x: number; y: number }): Promise<void> {
    const box = await this.node(label).locator('rect').boundingBox();
    if (box === null) throw new Error(`node ${label} is not visible`);
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + by.x / 2, start.y + by.y / 2, { steps: 5 });
    await this.page.mouse.move(start.x + by.x, start.y + by.y, { steps: 5 });
    await this.page.mouse.up();
  }

  edge(caption: string): Locator {
    return this.drawing.locator('g.network-edge').filter({ has: this.page.locator('text', { hasText: caption }) });
  }
}
