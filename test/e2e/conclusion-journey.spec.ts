// The whole verification journey of issue 10 on the example project: a conclusion is drawn from a display cell (Pak
// Harjo, an owner, in an interview), evidence is added from a transcript (the workshop observation) and from search
// hits (Bu Wulan's and Mbak Rina's interviews) until the app computes it as triangulated. Harjo and Wulan had checked
// their transcripts already (the example's member checks); a member check with Rina records that she corrects a fact,
// the transcript is corrected through correction mode and the correction linked; the conclusion counts her answer
// (3 of 3), and the audit trail shows every step.
import { expect, test } from '@playwright/test';
import { EXAMPLE_DISPLAY_NAMES } from '../../shared/example/exampleDisplayContent.ts';
import { ConclusionsPage } from './pages/ConclusionsPage.ts';
import { DisplaysPage } from './pages/DisplaysPage.ts';
import { MemberChecksPage } from './pages/MemberChecksPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const STATEMENT = 'Buyers’ standards made workshops dry wood longer';
const RINA_TRANSCRIPT = 'Wawancara dengan Mbak Rina (diaspora)';
const OBSERVATION = 'Observation: a morning at Pak Harjo’s workshop';

test('a conclusion drawn from a display cell becomes triangulated, is member-checked with a correction, and the audit trail shows it all', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const dialog = page.getByRole('dialog', { name: 'Add as evidence to…' });
  const addTo = async (): Promise<void> => {
    await dialog.getByRole('searchbox').fill('dry wood longer');
    await dialog.getByRole('radio', { name: new RegExp(STATEMENT) }).check();
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog).toBeHidden();
  };

  await test.step('draw the conclusion from a display cell', async () => {
    const displays = new DisplaysPage(page);
    await displays.open();
    await page.getByRole('link', { name: EXAMPLE_DISPLAY_NAMES.roleOrdered }).click();
    const grid = displays.grid(EXAMPLE_DISPLAY_NAMES.roleOrdered);
    await (await displays.cell(grid, 'owner', 'Global collaboration')).click();
    await displays.cellPanel.getByRole('button', { name: 'Add this cell as evidence…' }).click();
    await expect(dialog).toContainText('Display cell: owner × Global collaboration');
    await dialog.getByRole('radio', { name: 'A new conclusion…' }).check();
    await dialog.getByRole('textbox', { name: /Statement of the new conclusion/ }).fill(STATEMENT);
    await dialog.getByRole('button', { name: 'Draw conclusion and add' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.toast(`Added as evidence to “${STATEMENT}”`)).toBeVisible();
  });

  const conclusions = new ConclusionsPage(page);
  await test.step('one owner in one interview: single source', async () => {
    await conclusions.open();
    await conclusions.item(STATEMENT).click();
    await expect(conclusions.triangulationStatus).toHaveText('Single source');
  });

  await test.step('add evidence from the observation transcript', async () => {
    await app.goTo('Sources');
    await new SourcesPage(page).open(OBSERVATION);
    const view = new TranscriptPage(page);
    await view.clickText('so nobody carves a log that is too wet');
    await expect(view.popover).toBeVisible();
    await view.popover.getByRole('button', { name: 'Add as evidence…' }).first().click();
    await addTo();
  });

  await test.step('add evidence from two search hits: an association representative and a diaspora actor', async () => {
    const search = new SearchPage(page);
    await search.open();
    await search.search('drying and finishing');
    await search.hits.filter({ hasText: 'sessions on' }).first().getByRole('button', { name: /^Add the coding at this hit/ }).click();
    await addTo();
    await search.search('jembatan');
    await search.hits.first().getByRole('button', { name: /^Add the coding at this hit/ }).click();
    await addTo();
    await app.screenshot('journey-01-search-evidence');
  });

  await test.step('two source kinds, three roles, three informants: triangulated', async () => {
    await conclusions.open();
    await conclusions.item(STATEMENT).click();
    await expect(conclusions.evidence('Supporting evidence')).toHaveCount(4);
    await expect(conclusions.triangulationStatus).toHaveText('Triangulated');
    await expect(page.getByTestId('member-check-count')).toHaveText('member-checked by 2 of 3 informants whose words it uses');
    await app.screenshot('journey-02-triangulated');
  });

  const checks = new MemberChecksPage(page);
  await test.step('a member check with Rina: she corrects a fact, and the transcript correction is linked', async () => {
    await checks.open();
    await page.getByRole('button', { name: 'New member check' }).click();
    await page.getByRole('combobox', { name: 'Informant' }).last().selectOption({ label: 'Rina' });
    await checks.choice('Their transcripts', new RegExp(RINA_TRANSCRIPT.replace(/[()]/g, '\\$&'))).check();
    await checks.choice('Conclusions', new RegExp(STATEMENT)).check();
    await page.getByLabel('Sent on').fill('2024-06-03');
    await page.getByRole('combobox', { name: 'Mode' }).selectOption({ label: 'WhatsApp' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
    await page.getByRole('button', { name: 'Record member check of 2 items' }).click();
    await expect(page.getByRole('heading', { name: 'Member check with Rina' })).toBeVisible();
    const answered = page.getByLabel('Answered on');
    await answered.fill('2024-06-10');
    await answered.press('Enter');
    const transcriptItem = checks.item(new RegExp(`^Transcript: ${RINA_TRANSCRIPT.replace(/[()]/g, '\\$&')}`));
    const conclusionItem = checks.item(new RegExp(`^Conclusion: ${STATEMENT}`));
    await transcriptItem.getByRole('combobox', { name: 'Response' }).selectOption({ label: 'Correct' });
    await transcriptItem.getByRole('textbox', { name: 'What they said' }).fill('Orders come three times a year, not twice');
    await transcriptItem.getByRole('textbox', { name: 'What they said' }).press('Enter');
    await conclusionItem.getByRole('combobox', { name: 'Response' }).selectOption({ label: 'Confirm' });

    await transcriptItem.getByRole('button', { name: 'Link a transcript correction' }).click();
    await transcriptItem.getByRole('button', { name: 'Correct the transcript…' }).click();
    const area = page.getByRole('textbox', { name: /^Corrected text of / });
    await expect(area).toBeVisible();
    const before = await area.inputValue();
    expect(before).toContain('pesanan rutin dua kali setahun');
    await area.fill(before.replace('pesanan rutin dua kali setahun', 'pesanan rutin tiga kali setahun'));
    await page.getByRole('button', { name: 'Save corrections' }).click();
    await expect(area).toBeHidden();
    await expect(page.locator('.transcript-frame')).toContainText('pesanan rutin tiga kali setahun');

    await checks.open();
    await checks.records('Rina').first().click();
    await transcriptItem.getByRole('button', { name: 'Link a transcript correction' }).click();
    const corrections = transcriptItem.getByRole('group', { name: `Corrections of ${RINA_TRANSCRIPT}` });
    await corrections.getByRole('radio').first().check();
    await transcriptItem.getByRole('textbox', { name: 'Note' }).fill('How often Köln orders');
    await transcriptItem.getByRole('button', { name: 'Link correction' }).click();
    await expect(transcriptItem.getByRole('list', { name: 'What changed' })).toContainText(`Transcript corrected: ${RINA_TRANSCRIPT},`);
    await app.screenshot('journey-03-member-check');
  });

  await test.step('the conclusion counts Rina’s answers, and its evidence still covers the corrected words', async () => {
    await conclusions.open();
    await conclusions.item(STATEMENT).click();
    await expect(page.getByTestId('member-check-count')).toHaveText('member-checked by 3 of 3 informants whose words it uses');
    await expect(page.getByRole('list', { name: 'Responses' })).toContainText('Rina: confirmed (the conclusion)');
    await expect(conclusions.triangulationStatus).toHaveText('Triangulated');
  });

  await test.step('the audit trail shows each step', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Audit trail/ }).click();
    const rows = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr');
    await expect(rows.filter({ hasText: /Created.*Conclusion.*Buyers’ standards/ })).toHaveCount(1);
    await expect(rows.filter({ hasText: /Evidence added.*Conclusion/ })).toHaveCount(4);
    await expect(rows.filter({ hasText: /Created.*Member check.*Rina/ })).toHaveCount(1);
    await expect(rows.filter({ hasText: /Transcript corrected.*Source/ }).filter({ hasText: /Rina/ })).toHaveCount(1);
    await expect(rows.filter({ hasText: /Outcome linked.*Member check/ })).toHaveCount(1);
    await app.screenshot('journey-04-audit');
  });

  expect(pageErrors).toEqual([]);
});
