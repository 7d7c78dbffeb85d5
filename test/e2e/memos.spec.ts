// Memos: write a project memo with bold text, find it after a reload with its formatting, search and filter the
// memo list, and delete a memo with undo. A coding's one memo: written and linked as one undo step, carried
// by retrieval; deleting it unlinks the coding and Undo relinks it.
import { expect, test } from '@playwright/test';
import { EXAMPLE_CODINGS, EXAMPLE_PROJECT_MEMO } from '../../shared/example/exampleCodings.ts';
import { MemosPage } from './pages/MemosPage.ts';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const TITLE = 'Trust and repeat orders';
const codingMemos = EXAMPLE_CODINGS.filter((coding) => coding.memo !== undefined).length;

test('writes a rich-text project memo that survives a reload and is found by memo search', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const memos = new MemosPage(page);
  await memos.open();
  // The example ships a project memo and coding memos.
  await expect(memos.items()).toHaveCount(codingMemos + 1);
  await expect(memos.item(EXAMPLE_PROJECT_MEMO.title)).toContainText('Project');

  await memos.newProjectMemo();
  await memos.body.pressSequentially('Buyers come back when ');
  await memos.formatButton('Bold').click();
  await expect(memos.formatButton('Bold')).toHaveAttribute('aria-pressed', 'true');
  await memos.body.pressSequentially('the first drums hold their tuning');
  await page.keyboard.press('Control+b');
  await memos.body.pressSequentially(', not because of the price.');
  await memos.title.fill(TITLE);
  await memos.waitUntilSaved();
  await expect(memos.body.locator('.memo-bold')).toHaveText('the first drums hold their tuning');
  await expect(memos.item(TITLE)).toContainText('Buyers come back when the first drums hold their tuning, not because of the price.');
  await app.screenshot('memos-01-written');

  await page.reload();
  await memos.open();
  await expect(memos.items()).toHaveCount(codingMemos + 2);
  await memos.item(TITLE).click();
  await expect(memos.title).toHaveValue(TITLE);
  await expect(memos.body.locator('.memo-bold')).toHaveText('the first drums hold their tuning');
  await expect(memos.body).toContainText('Buyers come back when the first drums hold their tuning, not because of the price.');

  // Memo search looks into titles and text, tolerating a typo.
  await memos.search.fill('tunning');
  await expect(memos.items()).toHaveCount(1);
  await expect(memos.items().first()).toContainText(TITLE);
  await memos.search.fill('');
  // Filter by what the memo is attached to.
  await memos.kindFilter.selectOption({ label: 'Coded passage' });
  await expect(memos.items()).toHaveCount(codingMemos);
  await expect(memos.list).not.toContainText(TITLE);
  await memos.kindFilter.selectOption({ label: 'Anything' });
  await app.screenshot('memos-02-reloaded');

  // Delete, then undo from the toast.
  await page.getByRole('button', { name: `Delete memo ${TITLE}`, exact: true }).click();
  await expect(memos.item(TITLE)).toHaveCount(0);
  await app.toast(`Deleted memo “${TITLE}”.`).getByRole('button', { name: 'Undo' }).click();
  await expect(memos.item(TITLE)).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('the session undo reverts a memo edit and the open editor shows the earlier text', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const memos = new MemosPage(page);
  await memos.open();
  await memos.item(EXAMPLE_PROJECT_MEMO.title).click();
  await expect(memos.body).toContainText(EXAMPLE_PROJECT_MEMO.text);
  await memos.body.click();
  await page.keyboard.press('Control+End');
  await memos.body.pressSequentially(' Ask Ketut.');
  await memos.waitUntilSaved();

  // Focus outside the editor: Ctrl+Z is the session's undo, not the editor's.
  await memos.heading.click();
  await page.keyboard.press('Control+z');
  await expect(memos.body).not.toContainText('Ask Ketut.');
  await expect(memos.body).toContainText(EXAMPLE_PROJECT_MEMO.text);
  await page.keyboard.press('Control+Shift+z');
  await expect(memos.body).toContainText('Ask Ketut.');
  // What the editor shows is what is stored: it survives a reload.
  await page.reload();
  await memos.open();
  await memos.item(EXAMPLE_PROJECT_MEMO.title).click();
  await expect(memos.body).toContainText(`${EXAMPLE_PROJECT_MEMO.text} Ask Ketut.`);
});

test('a coding has one memo: written and linked in one undo step, unlinked when deleted', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const CODE = 'Arts communities';
  const NOTE = 'The Ubud shop came to Sentul: the buyer found the workshop, not the other way round.';
  const app = new WorkbenchPage(page);
  await app.open();
  const openHarjo = async () => {
    await app.goTo('Sources');
    await new SourcesPage(page).open('Interview with Pak Harjo (owner)');
  };
  const view = new TranscriptPage(page);
  const popoverOf = async () => {
    await view.stripe(CODE).click();
    await expect(view.popover).toBeVisible();
    return view.popover;
  };
  const closePopover = async () => {
    await page.keyboard.press('Escape');
    await expect(view.popover).toBeHidden();
  };
  const retrievedMemo = async () => {
    const excerptsScreen = new ExcerptsPage(page);
    await excerptsScreen.open();
    await excerptsScreen.pickCode(`Business networks / ${CODE}`);
    await expect(excerptsScreen.excerpts).toHaveCount(1);
    const shown = await excerptsScreen.excerpts.first().innerText();
    await excerptsScreen.unpickCode(`Business networks / ${CODE}`);
    return shown;
  };

  await openHarjo();
  await (await popoverOf()).getByRole('button', { name: 'Memo', exact: true }).click();
  const dialog = view.codingMemoDialog(CODE);
  const body = dialog.getByRole('textbox', { name: 'Memo text' });
  await expect(body).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'New memo' })).toHaveCount(0);
  await body.fill(NOTE);
  await expect(dialog.getByTestId('memo-save-status')).toHaveText('Saved');
  await expect(dialog.getByRole('button', { name: 'New memo' })).toHaveCount(0);
  await app.screenshot('memos-03-coding-memo');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect((await popoverOf()).getByLabel('Has a memo')).toBeVisible();
  await closePopover();

  // One Ctrl+Z takes back the memo and its link together; one Ctrl+Shift+Z brings both back.
  await page.locator('#source-heading').click();
  await page.keyboard.press('Control+z');
  const undone = await popoverOf();
  await expect(undone.getByRole('button', { name: 'Memo', exact: true })).toBeVisible();
  await expect(undone.getByLabel('Has a memo')).toHaveCount(0);
  // The memo itself is gone too: the dialog opens on an empty memo.
  await undone.getByRole('button', { name: 'Memo', exact: true }).click();
  await expect(body).toBeFocused();
  await expect(body).toHaveText('');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await page.locator('#source-heading').click();
  await page.keyboard.press('Control+Shift+z');
  await expect((await popoverOf()).getByLabel('Has a memo')).toBeVisible();
  await closePopover();
  expect(await retrievedMemo()).toContain(NOTE);

  // Deleting the memo (here from the Memos screen) unlinks the coding; Undo relinks it.
  const memos = new MemosPage(page);
  await memos.open();
  await memos.items().filter({ hasText: NOTE }).click();
  await page.getByRole('button', { name: 'Delete memo Untitled memo', exact: true }).click();
  await expect(memos.items().filter({ hasText: NOTE })).toHaveCount(0);
  expect(await retrievedMemo()).not.toContain(NOTE);
  await openHarjo();
  const unlinked = await popoverOf();
  await expect(unlinked.getByRole('button', { name: 'Memo', exact: true })).toBeVisible();
  await expect(unlinked.getByLabel('Has a memo')).toHaveCount(0);
  await closePopover();
  await page.locator('#source-heading').click();
  await page.keyboard.press('Control+z');
  await expect((await popoverOf()).getByLabel('Has a memo')).toBeVisible();
  await closePopover();
  expect(await retrievedMemo()).toContain(NOTE);
  expect(pageErrors).toEqual([]);
});
