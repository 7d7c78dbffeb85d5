// Member checks on the example project (which holds Harjo's and Wulan's): return Mbak Rina's interview and the
// conclusion resting on her words to her; she corrects a fact in the transcript and confirms the conclusion. The
// correction is made through the source's correction mode (opened from the record) and linked; the conclusion's
// status changes from the check with its reason, and its tally counts her; her words become a source to code; the
// way back from the correction leads to the record; more is returned later and an item removed, then restored with
// Undo; the record is deleted and comes back with Undo. Partly by keyboard.
import { expect, test } from '@playwright/test';
import { ConclusionsPage } from './pages/ConclusionsPage.ts';
import { MemberChecksPage } from './pages/MemberChecksPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const TRANSCRIPT = 'Wawancara dengan Mbak Rina (diaspora)';
const CONCLUSION = /^The diaspora connects the workshops/;
const WORDS = 'Mbak Rina menjawab lewat WhatsApp: saya pindah ke Rotterdam tahun 2016, bukan 2015. Yang lain sudah benar.';

test('records a member check, links the transcript correction and a status change it led to, imports the words, and survives delete with undo', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const checks = new MemberChecksPage(page);
  const tally = page.getByTestId('member-check-count');
  // Before: the conclusion rests on Rina's words alone, and nobody has checked it with her.
  const conclusions = new ConclusionsPage(page);
  await conclusions.open();
  await conclusions.item('The diaspora connects the workshops').click();
  await expect(tally).toHaveText('member-checked by 0 of 1 informant whose words it uses');
  await checks.open();
  await expect(checks.records('Harjo')).toHaveCount(1);
  await expect(checks.records('Wulan')).toContainText('1 of 1 answered: 1 corrected');
  await expect(checks.records('Rina')).toHaveCount(0);

  await test.step('record what was returned to Rina', async () => {
    await page.getByRole('button', { name: 'New member check' }).click();
    await expect(page.getByRole('combobox', { name: 'Informant' }).last()).toBeFocused();
    await page.getByRole('combobox', { name: 'Informant' }).last().selectOption({ label: 'Rina' });
    await checks.choice('Their transcripts', new RegExp(TRANSCRIPT.replace(/[()]/g, '\\$&'))).check();
    // Only Rina's own words are offered: none of Harjo's interview.
    await expect(page.getByRole('group', { name: 'Excerpts of their words' })).toContainText('Saya jadi jembatan.');
    await expect(page.getByRole('group', { name: 'Excerpts of their words' })).not.toContainText('trader from Surabaya');
    await checks.choice('Conclusions', CONCLUSION).check();
    await page.getByLabel('Sent on').fill('2024-05-08');
    await page.getByRole('combobox', { name: 'Mode' }).selectOption({ label: 'WhatsApp' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
    await app.screenshot('member-checks-01-new');
    await page.getByRole('button', { name: 'Record member check of 2 items' }).click();
    await expect(page.getByRole('heading', { name: 'Member check with Rina' })).toBeVisible();
    await expect(checks.records('Rina')).toHaveCount(1);
    await expect(checks.records('Rina').first()).toContainText('Rina · WhatsApp');
    await expect(checks.records('Rina').first()).toContainText('Sent May 8, 2024 · answered —');
    await expect(checks.records('Rina').first()).toContainText('2 items, not answered yet');
    await expect(page).toHaveURL(/#\/member-checks\/[^/]+$/);
    // The list keeps to one informant when asked.
    const filter = page.getByRole('combobox', { name: 'Informant' }).first();
    await filter.selectOption({ label: 'Dedi' });
    await expect(page.getByText('No member check with this informant.')).toBeVisible();
    await filter.selectOption({ label: 'Rina' });
    await expect(checks.records('Rina')).toHaveCount(1);
    await expect(checks.records('Harjo')).toHaveCount(0);
    await filter.selectOption({ label: 'All' });
    await expect(checks.records('Harjo')).toHaveCount(1);
  });

  // Back from another screen the way a user goes: the sidebar, then the record in the list.
  const backToRecord = async () => {
    await checks.open();
    await checks.records('Rina').first().click();
    await expect(page.getByRole('heading', { name: 'Member check with Rina' })).toBeVisible();
  };
  const transcriptItem = checks.item(/^Transcript: Wawancara dengan Mbak Rina/);
  const conclusionItem = checks.item(/^Conclusion: The diaspora connects/);

  await test.step('record her answers, by keyboard', async () => {
    const answered = page.getByLabel('Answered on');
    // An answer before the sending is refused, and the field goes back to what is stored.
    await answered.fill('2024-05-01');
    await answered.press('Enter');
    await expect(app.toast('The answer cannot come before the material was sent.')).toBeVisible();
    await expect(answered).toHaveValue('');
    await answered.fill('2024-05-20');
    await answered.press('Enter');
    await expect(checks.records('Rina').first()).toContainText('answered May 20, 2024');
    await transcriptItem.getByRole('combobox', { name: 'Response' }).selectOption({ label: 'Correct' });
    const comment = transcriptItem.getByRole('textbox', { name: 'What they said' });
    await comment.fill('She moved to Rotterdam in 2016, not 2015');
    await comment.press('Enter');
    await conclusionItem.getByRole('combobox', { name: 'Response' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(conclusionItem.getByRole('combobox', { name: 'Response' })).toHaveValue('confirm');
    await expect(checks.records('Rina').first()).toContainText('2 of 2 answered: 1 confirmed, 1 corrected');
  });

  await test.step('correct the transcript in correction mode and link the correction', async () => {
    await transcriptItem.getByRole('button', { name: 'Link a transcript correction' }).click();
    await expect(transcriptItem.getByText('No correction made yet.')).toBeVisible();
    await transcriptItem.getByRole('button', { name: 'Correct the transcript…' }).click();
    await expect(page).toHaveURL(/#\/source\/[^/]+\/correct\?from=[^/&]+$/);
    const area = page.getByRole('textbox', { name: /^Corrected text of / });
    await expect(area).toBeVisible();
    await area.fill((await area.inputValue()).replace('Rotterdam tahun 2015', 'Rotterdam tahun 2016'));
    await page.getByRole('button', { name: 'Save corrections' }).click();
    await expect(area).toBeHidden();
    await expect(page.locator('.transcript-frame')).toContainText('Saya pindah ke Rotterdam tahun 2016');

    // The way back is the record the correction was asked for from.
    await page.getByRole('button', { name: 'Back to the member check' }).click();
    await expect(page).toHaveURL(/#\/member-checks\/[^/]+$/);
    await expect(page.getByRole('heading', { name: 'Member check with Rina' })).toBeVisible();
    await transcriptItem.getByRole('button', { name: 'Link a transcript correction' }).click();
    const corrections = transcriptItem.getByRole('group', { name: `Corrections of ${TRANSCRIPT}` });
    await expect(corrections.getByRole('radio')).toHaveCount(1);
    await corrections.getByRole('radio').check();
    await transcriptItem.getByRole('textbox', { name: 'Note' }).fill('The year she moved corrected');
    await transcriptItem.getByRole('button', { name: 'Link correction' }).click();
    await expect(corrections).toBeHidden();
    const outcomes = transcriptItem.getByRole('list', { name: 'What changed' });
    await expect(outcomes).toContainText(`Transcript corrected: ${TRANSCRIPT},`);
    await expect(outcomes).toContainText('The year she moved corrected');
    await app.screenshot('member-checks-02-correction-linked');
  });

  await test.step('change the conclusion’s status from the check', async () => {
    await conclusionItem.getByRole('button', { name: 'Change the conclusion’s status…' }).click();
    await expect(conclusionItem.getByRole('combobox', { name: 'Conclusion' })).toBeFocused();
    await conclusionItem.getByRole('combobox', { name: 'New status' }).selectOption({ label: 'Verified' });
    await conclusionItem.getByRole('textbox', { name: 'Reason' }).fill('Rina confirmed it in her member check');
    await page.keyboard.press('Enter');
    const outcome = conclusionItem.getByRole('list', { name: 'What changed' });
    await expect(outcome).toContainText('Status changed: The diaspora connects the workshops');
    await expect(conclusionItem.getByRole('textbox', { name: 'Reason' })).toBeHidden();
    // A wording change opened and left with Escape records nothing.
    await conclusionItem.getByRole('button', { name: 'Link a wording change' }).click();
    await expect(conclusionItem.getByRole('combobox', { name: 'Conclusion' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(conclusionItem.getByRole('textbox', { name: 'What was reworded' })).toBeHidden();
    await expect(outcome.getByRole('listitem')).toHaveCount(1);
    // Kept, with reason: typed and saved by keyboard, then removed again.
    await conclusionItem.getByRole('button', { name: 'Kept, with reason' }).click();
    await page.keyboard.type('The wording stays as it is');
    await page.keyboard.press('Enter');
    await expect(outcome).toContainText('Kept: The wording stays as it is');
    await conclusionItem.getByRole('button', { name: 'Remove “Kept:”' }).click();
    await expect(outcome.getByRole('listitem')).toHaveCount(1);
    await app.screenshot('member-checks-03-outcomes');

    // His confirmation becomes supporting evidence of the conclusion.
    await conclusionItem.getByRole('button', { name: 'Add as evidence…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add as evidence to…' });
    await expect(dialog).toContainText('Member check: Rina, Conclusion: The diaspora connects');
    await dialog.getByRole('searchbox', { name: 'Find a conclusion' }).fill('diaspora connects');
    await dialog.getByRole('radio', { name: CONCLUSION }).check();
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(app.toast(/^Added as evidence to “The diaspora connects/)).toBeVisible();

    await outcome.getByRole('button', { name: CONCLUSION }).click();
    await expect(page).toHaveURL(/#\/conclusions\/[^/]+$/);
    await expect(page.getByTestId('conclusion-status')).toHaveText('Verified');
    await expect(page.getByRole('list', { name: 'Status history' })).toContainText('Rina confirmed it in her member check');
    await expect(tally).toHaveText('member-checked by 1 of 1 informant whose words it uses');
    // Both answers count: on the conclusion itself, and on the transcript that holds the excerpts it rests on.
    await expect(page.getByRole('list', { name: 'Responses' }).getByRole('listitem')).toHaveText(['Rina: corrected (the transcript), May 20, 2024', 'Rina: confirmed (the conclusion), May 20, 2024']);
    await expect(page.getByRole('list', { name: 'Supporting evidence', exact: true })).toContainText('A member-check response');
    await tally.scrollIntoViewIfNeeded();
    await app.screenshot('member-checks-04-conclusion-tally');
    await backToRecord();
  });

  await test.step('keep her words and import them as a source to code', async () => {
    await checks.words.fill(WORDS);
    await expect(checks.wordsStatus).toHaveText('Saved');
    await page.getByRole('button', { name: 'Import as source' }).click();
    await expect(app.toast('Their words are now a source of the project.')).toBeVisible();
    await expect(page.getByText('Imported as a source.')).toBeVisible();
    await app.screenshot('member-checks-05-words');
    await page.getByRole('button', { name: 'Open to code' }).click();
    await expect(page).toHaveURL(/#\/source\/[^/]+$/);
    await expect(page.locator('.transcript-frame')).toContainText('saya pindah ke Rotterdam tahun 2016, bukan 2015');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Member check: Rina');
    await backToRecord();
    await expect(checks.words).toHaveValue(WORDS);
  });

  await test.step('return more to her later, by keyboard; remove an item and undo it', async () => {
    const excerptItem = checks.item(/^1 excerpt$/);
    const more = page.getByRole('button', { name: 'Return more…' });
    await more.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Return more to them' });
    // The same choices as a new record, for her only.
    await expect(form.getByRole('group', { name: 'Their transcripts' })).toContainText(TRANSCRIPT);
    await expect(form.getByRole('group', { name: 'Excerpts of their words' })).not.toContainText('trader from Surabaya');
    await expect(form.getByRole('button', { name: 'Add to this check' })).toBeDisabled();
    // Escape leaves without adding anything.
    await checks.choice('Excerpts of their words', /Saya jadi jembatan/).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(excerptItem).toHaveCount(0);
    await more.click();
    await checks.choice('Excerpts of their words', /Saya jadi jembatan/).focus();
    await page.keyboard.press('Space');
    await app.screenshot('member-checks-08-return-more');
    await form.getByRole('button', { name: 'Add 1 item' }).focus();
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await expect(excerptItem).toHaveCount(1);
    await expect(excerptItem.getByRole('combobox', { name: 'Response' })).toHaveValue('none');
    await expect(checks.records('Rina').first()).toContainText('2 of 3 answered');

    // Removing the transcript item takes its answer and linked correction; Undo brings them back.
    await transcriptItem.getByRole('button', { name: /^Remove item “Transcript: Wawancara dengan Mbak Rina/ }).click();
    await expect(transcriptItem).toHaveCount(0);
    await expect(checks.records('Rina').first()).toContainText('1 of 2 answered');
    await app.toast(/^Item “Transcript: Wawancara dengan Mbak Rina/).getByRole('button', { name: 'Undo' }).click();
    await expect(transcriptItem.getByRole('list', { name: 'What changed' })).toContainText(`Transcript corrected: ${TRANSCRIPT},`);
    await expect(transcriptItem.getByRole('combobox', { name: 'Response' })).toHaveValue('correct');
    // The item added by mistake goes again, by keyboard.
    await excerptItem.getByRole('button', { name: 'Remove item “1 excerpt”' }).focus();
    await page.keyboard.press('Enter');
    await expect(excerptItem).toHaveCount(0);
    await expect(checks.records('Rina').first()).toContainText('2 of 2 answered');
  });

  await test.step('delete the record, then undo', async () => {
    await page.getByRole('button', { name: 'Delete member check' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete member check?' });
    await expect(dialog).toContainText('The member check “Rina · May 8, 2024” goes with its answers and outcomes.');
    await app.screenshot('member-checks-06-delete');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(checks.records('Rina')).toHaveCount(0);
    await expect(checks.records('Harjo')).toHaveCount(1);
    await app.toast('Member check “Rina · May 8, 2024” deleted').getByRole('button', { name: 'Undo' }).click();
    await expect(checks.records('Rina')).toHaveCount(1);
    await checks.records('Rina').first().click();
    await expect(checks.words).toHaveValue(WORDS);
    await expect(transcriptItem.getByRole('list', { name: 'What changed' })).toContainText(`Transcript corrected: ${TRANSCRIPT},`);
    await app.screenshot('member-checks-07-restored');
  });

  expect(pageErrors).toEqual([]);
});
