// Network displays: build a network of codes, a role and a free node with a typed, evidenced relation and an
// unevidenced one of a new type; drag a node and move one by keys, reload and find both where they were left; export
// the SVG and read it back (edges by evidence, dashed and listed when unevidenced, the arrow, the sign).
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { NetworkPage } from './pages/NetworkPage.ts';
import { SearchPage } from './pages/SearchPage.ts';

test('builds a network with a typed, evidenced relation, keeps dragged places across a reload and exports SVG', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const network = new NetworkPage(page);
  await network.create('Ecosystem sketch');
  await expect(page.locator('.network-canvas-frame')).toContainText('No nodes yet');
  await app.screenshot('network-01-empty');

  await network.addNode('Code', 'Business networks');
  await network.addNode('Code', 'Business associations');
  await network.addNode('Role', 'diaspora actor');
  await network.addNode('Free node', "MSME's internationalisation");
  for (const label of ['Business networks', 'Business associations', 'diaspora actor', "MSME's internationalisation"]) {
    await expect(network.node(label)).toBeVisible();
  }

  // A typed, signed, evidenced relation: its evidence picked among the codings of "Business networks".
  await network.relationsPanel.getByRole('button', { name: 'New relation' }).click();
  await expect(network.editor).toBeVisible();
  await network.editor.getByLabel('From', { exact: true }).selectOption({ label: 'Business networks' });
  await network.editor.getByLabel('To', { exact: true }).selectOption({ label: "MSME's internationalisation" });
  await network.editor.getByLabel('Type', { exact: true }).selectOption({ label: 'enables' });
  await network.editor.getByLabel('Sign', { exact: true }).selectOption({ label: '+ (positive)' });
  await network.editor.getByLabel('Note', { exact: true }).fill('Traders and shops carried the first drums abroad.');
  const firstExport = network.editor.getByRole('checkbox', { name: /^“I only made drums for a trader from Surabaya/ });
  await firstExport.check();
  await network.editor.getByRole('checkbox', { name: /^“So my first export was through other people/ }).check();
  await app.screenshot('network-02-relation-editor');
  await network.editor.getByRole('button', { name: 'Save relation' }).click();
  await expect(network.editor).toBeHidden();
  await expect(network.relationsPanel).toContainText('Business networks → MSME\'s internationalisation: enables (+)');
  await expect(network.relationsPanel).toContainText('2 pieces of evidence');

  // An unevidenced relation of a type the user adds in the editor.
  await network.relationsPanel.getByRole('button', { name: 'New relation' }).click();
  await network.editor.getByLabel('From', { exact: true }).selectOption({ label: 'diaspora actor' });
  await network.editor.getByLabel('To', { exact: true }).selectOption({ label: "MSME's internationalisation" });
  await network.editor.getByLabel('New relation type', { exact: true }).fill('opens markets for');
  await network.editor.getByRole('button', { name: 'Add relation type' }).click();
  await expect(network.editor.getByLabel('Type', { exact: true })).toHaveValue('opens markets for');
  await expect(network.editor).toContainText('Neither end is a code with codings');
  await network.editor.getByRole('button', { name: 'Save relation' }).click();
  await expect(network.editor).toBeHidden();
  await expect(network.unevidenced).toContainText("diaspora actor → MSME's internationalisation: opens markets for");
  await expect(network.edge('opens markets for').locator('path[stroke-dasharray]')).toHaveCount(1);
  await expect(network.edge('enables (+)').locator('path[stroke-dasharray]')).toHaveCount(0);
  await expect(network.edge('enables (+)').locator('path[marker-end]')).toHaveCount(1);
  await app.screenshot('network-03-relations');

  // Drag one node with the pointer; move another with the arrow keys.
  const before = await network.placeOf('Business associations');
  await network.dragNode('Business associations', { x: 120, y: 90 });
  await expect.poll(() => network.placeOf('Business associations')).not.toEqual(before);
  const dragged = await network.placeOf('Business associations');
  expect(dragged.x - before.x).toBeGreaterThan(60);
  expect(dragged.y - before.y).toBeGreaterThan(40);
  const keyed = await network.placeOf('diaspora actor');
  await network.node('diaspora actor').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => network.placeOf('diaspora actor')).toEqual({ x: keyed.x + 50, y: keyed.y + 20 });
  await app.screenshot('network-04-moved');

  // Moves are saved: after a reload both nodes are where they were left.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(network.node('Business associations')).toBeVisible();
  await expect.poll(() => network.placeOf('Business associations')).toEqual({ x: Math.round(dragged.x), y: Math.round(dragged.y) });
  await expect.poll(() => network.placeOf('diaspora actor')).toEqual({ x: keyed.x + 50, y: keyed.y + 20 });

  // Export SVG and read the file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Ecosystem sketch.svg');
  const svg = await readFile(await file.path(), 'utf8');
  expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('<title>Ecosystem sketch</title>');
  for (const label of ['Business networks', 'Business associations', 'diaspora actor', 'MSME&apos;s internationalisation']) expect(svg).toContain(`>${label}</text>`);
  expect(svg).toContain('>enables (+)</text>');
  expect(svg).toMatch(/<path [^>]*stroke-dasharray="7 5"[^>]*\/><text[^>]*>opens markets for<\/text>/);
  expect(svg).toMatch(/<path [^>]*stroke-width="9.0"[^>]*marker-end="url\(#cw-arrow-\d+\)"\/><text[^>]*>enables \(\+\)<\/text>/);
  expect(svg).toContain('data-unevidenced');
  expect(svg).toContain('diaspora actor → MSME&apos;s internationalisation: opens markets for');

  // PNG export draws the same SVG on a canvas.
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const png = await readFile(await (await pngDownload).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(5000);
  await app.screenshot('network-05-reloaded');
  expect(pageErrors).toEqual([]);
});

test('suggests relations from the co-occurrence of its code nodes; an accepted one becomes a relation', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  // The turns that speak of mahogany coded "Training": they overlap a "Product quality" (Global collaboration) segment.
  const search = new SearchPage(page);
  await search.open();
  await search.search('mahogany');
  await search.chooseScope('Its speaker turn');
  await search.selectAll.check();
  await search.codeTickedHits('assoc train', 2);
  await expect(app.toast(/^Coded .*Business associations \/ Training/)).toBeVisible();
  const network = new NetworkPage(page);
  await network.create('Suggestions');
  for (const code of ['Business networks', 'Global collaboration', 'Diaspora', 'Business associations']) await network.addNode('Code', code);
  const panel = page.getByRole('region', { name: 'Suggested relations' });
  await panel.getByLabel('Least coefficient').fill('0');
  const accept = panel.getByRole('button', { name: /^Accept the relation / });
  await expect(accept.first()).toBeVisible();
  const offered = await accept.count();
  const name = (await accept.first().getAttribute('aria-label')) ?? '';
  const [from, to] = name.replace('Accept the relation ', '').split(' — ');
  await app.screenshot('network-06-suggestions');
  await accept.first().click();
  await expect(accept).toHaveCount(offered - 1);
  await expect(network.relationsPanel).toContainText(`${from} — ${to}`);
  // Raising the least co-occurrences past every pair leaves none to offer.
  await panel.getByLabel('Least co-occurrences').fill('1000');
  await expect(panel).toContainText('No pair of code nodes reaches the threshold.');
  expect(pageErrors).toEqual([]);
});
