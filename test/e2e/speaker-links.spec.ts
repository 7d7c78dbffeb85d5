// Linking a speaker offers to link the same label in every source of the project at once; that is one step of the
// top bar's Undo, as are renaming and linking a speaker in one source.
import { expect, test } from '@playwright/test';
import { InformantsPage } from './pages/InformantsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const OWNER = 'Interview with Pak Harjo (owner)';
const ASSOCIATION = 'Interview with Bu Wulan (association)';

test('link the interviewer in every source at once, then undo it in one step', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  await new InformantsPage(page).addInformant('Researcher', 'interviewer');

  await app.goTo('Sources');
  const sources = new SourcesPage(page);
  const owner = await sources.open(OWNER);
  await owner.linkSpeaker('Interviewer', 'Researcher (interviewer)');
  const offer = owner.linkEverywhereOffer('Interviewer');
  await expect(offer).toContainText('“Interviewer” also speaks in 1 other source. Link it to Researcher there too?');
  await offer.scrollIntoViewIfNeeded();
  await app.screenshot('60-speaker-link-everywhere-offer');
  await offer.getByRole('button', { name: 'Link in every source' }).click();
  await expect(app.toast('“Interviewer” is linked to Researcher in 2 sources.')).toBeVisible();
  await expect(offer).toBeHidden();

  await app.goTo('Sources');
  const association = await sources.open(ASSOCIATION);
  await expect(association.speakerLink('Interviewer')).toHaveValue(/.+/);
  await expect(association.speakerLink('Interviewer').locator('option:checked')).toHaveText('Researcher (interviewer)');

  // One Undo takes the link out of both sources; the next one takes back the link made in the first.
  const undo = page.getByRole('button', { name: /Undo/ }).first();
  await expect(undo).toHaveAttribute('title', /Link speaker “Interviewer” to Researcher in 2 sources/);
  await undo.click();
  await expect(association.speakerLink('Interviewer')).toHaveValue('');
  await expect(undo).toHaveAttribute('title', 'Undo: Link speaker “Interviewer” to Researcher (Ctrl+Z)');

  // Renaming a speaker is undoable from the top bar too.
  await association.renameSpeaker('Interviewer', 'Peneliti');
  await expect(undo).toHaveAttribute('title', /Rename speaker “Interviewer” to “Peneliti”/);
  await undo.click();
  await expect(page.getByRole('button', { name: 'Rename speaker Interviewer', exact: true })).toBeVisible();
});
