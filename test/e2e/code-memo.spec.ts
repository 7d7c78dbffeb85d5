// A memo on a code: written from the code's details, kept after a reload, and listed on the Memos screen as a code memo.
import { expect, test } from '@playwright/test';
import { CodesPage } from './pages/codesPage.ts';
import { MemosPage } from './pages/MemosPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('writes a memo on a code from its details and finds it after a reload', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const codes = new CodesPage(page);
  await codes.open();
  await codes.row('Training').click();
  const memoGroup = codes.details.getByRole('group', { name: 'Memo on this code' });
  await memoGroup.getByRole('button', { name: 'Write a memo' }).click();
  const memos = new MemosPage(page);
  await memos.body.click();
  await memos.body.pressSequentially('Owners attend; workers rarely do.');
  await memos.title.fill('Who is trained?');
  await memos.waitUntilSaved();
  await app.screenshot('codes-09-code-memo');

  await page.reload();
  await codes.open();
  await codes.row('Training').click();
  await expect(memoGroup.getByRole('textbox', { name: 'Memo text' })).toContainText('Owners attend; workers rarely do.');
  // Another code has no memo of its own.
  await codes.row('Mentoring').click();
  await expect(memoGroup.getByRole('textbox', { name: 'Memo text' })).toHaveCount(0);

  await memos.open();
  await memos.kindFilter.selectOption({ label: 'Code' });
  await expect(memos.item('Who is trained?')).toContainText('Training');
});
