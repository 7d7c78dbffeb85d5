// The coding workbench as one user story: a new project from the default template, two informants with roles, an
// imported interview whose speakers are linked to them; coding by click, picker and in vivo; stripes; a typo fixed
// inside a coding; retrieval filtered by role; search with "Code all hits"; a coding memo in bold; undo and
// redo; a reload that keeps everything; and the coded-excerpt CSV checked row by row against the corrected text.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../support/parseCsv.ts';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { MemosPage } from './pages/MemosPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { SourcesPage, SourceViewPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const PROJECT = 'Batik export study';
const SOURCE = 'Sari interview';
const INTERVIEW = [
  'Interview with Bu Sari and her son Adi, batik workshop, Pekalongan',
  '',
  'INT: How did your batik first reach buyers abroad?',
  '',
  'R1: A trader from Bali came to our worksop in 2012. He bought forty pieces and sold them to a shop in Rotterdam.',
  '',
  'INT: Who helped you learn to export?',
  '',
  'R1: The association ran a training on natural dyes. After that our colours stayed bright and the buyers came back.',
  '',
  'R2: I draw the new designs now. Buyers in Japan want natural indigo, not chemical blue.',
  '',
  'INT: Do buyers ask about natural colours?',
  '',
].join('\n');

// The text coded along the way (the trader's excerpt as it reads after the correction).
const TRADER_TYPO = 'A trader from Bali came to our worksop in 2012';
const TRADER = 'A trader from Bali came to our workshop in 2012';
const JAPAN = 'Buyers in Japan want natural indigo';
const IN_VIVO = 'our colours stayed bright';
const TRAINING = 'The association ran a training on natural dyes';
const MEMO_PLAIN = 'First export came through a Bali trader, not through the fair.';

const EXPORTERS = 'Business networks / Exporters and intermediaries';
const OVERSEAS = 'Business networks / Overseas customers';
const PRODUCT = 'Global collaboration / Product quality';
const TRAINING_CODE = 'Business associations / Training';

test('a new user codes an interview from start to CSV export, and everything survives a reload', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  const app = new WorkbenchPage(page);
  const view = new TranscriptPage(page);
  const excerptsScreen = new ExcerptsPage(page);
  const shot = (name: string): Promise<void> => app.screenshot(`journey-${name}`);

  await test.step('start a project from the default template', async () => {
    await app.open();
    await app.goTo('Projects');
    const projects = new ProjectsPage(page);
    await projects.chooseStart('template');
    await expect(page.getByRole('radio', { name: /^Ecosystem-based internationalization/ })).toBeChecked();
    await projects.create(PROJECT);
    await shot('01-project-created');
  });

  await test.step('add two informants with roles', async () => {
    await app.goTo('Informants');
    const informants = new InformantsPage(page);
    await informants.addInformant('Sari', 'owner');
    await informants.addInformant('Adi', 'designer');
    await expect(informants.cell('Role of Sari')).toHaveText('owner');
    await shot('02-informants');
  });

  await test.step('import a transcript with speaker labels and link the speakers to the informants', async () => {
    await app.goTo('Sources');
    await app.chooseFiles([{ name: 'sari-interview.txt', mimeType: 'text/plain', buffer: Buffer.from(INTERVIEW, 'utf8') }]);
    const dialog = new ImportDialogPage(page);
    await dialog.expectReview();
    await expect(dialog.kindSelect('sari-interview.txt')).toHaveValue('interview');
    await dialog.confirm(1);
    await expect(dialog.resultRow('sari-interview.txt')).toContainText('Imported');
    await dialog.close();
    const source = await new SourcesPage(page).open(SOURCE);
    await expect(source.speakerChips()).toHaveText(['INT', 'R1', 'INT', 'R1', 'R2', 'INT']);
    await source.linkSpeaker('R1', 'Sari (owner)');
    await source.linkSpeaker('R2', 'Adi (designer)');
    await expect(source.details).toContainText('Sari');
    await expect(source.details).toContainText('Adi');
    await expect(view.codeInTree('Exporters and intermediaries')).toBeVisible();
    await shot('03-source-linked');
  });

  await test.step('code a selection by clicking a code in the side tree', async () => {
    await view.selectText(TRADER_TYPO);
    await view.codeInTree('Exporters and intermediaries').click();
    await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('data-coded-text', TRADER_TYPO);
  });

  await test.step('code another selection with the keyboard picker', async () => {
    // A real mouse drag selects the words (the transcript takes the focus).
    const range = await view.dragSelect('Buyers in Japan', 'natural indigo');
    expect(range.end - range.start).toBe(JAPAN.length);
    await page.keyboard.press('Control+k');
    await expect(view.picker).toBeVisible();
    await view.picker.getByRole('combobox').fill('overs');
    await expect(view.picker.getByRole('option').first()).toContainText('Overseas customers');
    await shot('04-picker');
    await view.picker.getByRole('combobox').press('Enter');
    await expect(view.picker).toBeHidden();
    await expect(view.stripe('Overseas customers')).toHaveAttribute('data-coded-text', JAPAN);
    // The keyboard stays where it was: the picker gives the focus back to the transcript.
    await expect(view.transcript).toBeFocused();
  });

  await test.step('make an in-vivo code from the selected words', async () => {
    await view.selectText(IN_VIVO);
    await page.getByRole('button', { name: 'In vivo', exact: true }).click();
    await expect(view.codeInTree(IN_VIVO)).toBeVisible();
    await expect(view.stripe(IN_VIVO)).toHaveAttribute('data-coded-text', IN_VIVO);
  });

  await test.step('see the coding stripes, each naming its code', async () => {
    await expect(view.stripes).toHaveCount(3);
    await view.stripe('Exporters and intermediaries').hover();
    await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('title', EXPORTERS);
    await expect(view.stripe('Overseas customers')).toHaveAttribute('title', OVERSEAS);
    await expect(view.stripe(IN_VIVO)).toHaveAttribute('title', IN_VIVO);
    await shot('05-stripes');
  });

  await test.step('correct a typo inside a coding: the coding covers the corrected words', async () => {
    const area = await view.startCorrecting();
    const typoAt = (await area.inputValue()).indexOf('worksop') + 'works'.length;
    // Put the caret between "works" and "op" and type the missing letter, as a user would.
    await area.evaluate((element, at) => {
      if (!(element instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
      element.focus();
      element.setSelectionRange(at, at);
    }, typoAt);
    await page.keyboard.type('h');
    await expect(area).toHaveValue(/our workshop in 2012/);
    await shot('06-correction-mode');
    await page.getByRole('button', { name: 'Save corrections' }).click();
    await expect(area).toBeHidden();
    await expect(view.transcript).toContainText('came to our workshop in 2012');
    await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('data-coded-text', TRADER);
    await expect(view.stripe('Overseas customers')).toHaveAttribute('data-coded-text', JAPAN);
    await expect(view.stripe(IN_VIVO)).toHaveAttribute('data-coded-text', IN_VIVO);
    await shot('07-corrected');
  });

  await test.step('retrieve the coded excerpts and filter them by role', async () => {
    await excerptsScreen.open();
    for (const code of ['Business networks', IN_VIVO]) await excerptsScreen.pickCode(code);
    await expect(excerptsScreen.excerpts).toHaveCount(3);
    expect(await excerptsScreen.countOf(excerptsScreen.roleCounts, 'owner')).toBe(2);
    expect(await excerptsScreen.countOf(excerptsScreen.roleCounts, 'designer')).toBe(1);
    await excerptsScreen.filter('Informant role', ['owner']);
    await expect(excerptsScreen.total).toHaveText('2 excerpts');
    expect((await excerptsScreen.excerpts.locator('.excerpt-text').allInnerTexts()).sort()).toEqual([TRADER, IN_VIVO].sort());
    for (const meta of await excerptsScreen.excerpts.locator('.excerpt-meta').allInnerTexts()) {
      expect(meta).toContain('Sari');
      expect(meta).toContain('owner');
    }
    await shot('08-retrieval-owner');
  });

  await test.step('search a word and code two ticked hits with "Code all hits"', async () => {
    const search = new SearchPage(page);
    await search.open();
    // The index follows the correction: the fixed word is found, the typo is gone.
    await search.search('workshop');
    await expect(search.summary).toHaveText(/^2 hits in 1 source/);
    await expect(search.hits.nth(1)).toContainText('came to our workshop in 2012');
    await search.search('worksop');
    await expect(search.summary).toHaveText('No source contains these words.');
    await search.search('natural');
    await expect(search.summary).toHaveText(/^3 hits in 1 source/);
    await expect(search.hits.nth(0)).toContainText('natural dyes');
    await expect(search.hits.nth(1)).toContainText('natural indigo');
    await search.tick(0);
    await search.tick(1);
    await search.codeTickedHits('product qual', 2);
    await expect(app.toast(`Coded 2 hits with ${PRODUCT}.`)).toBeVisible();
    await shot('09-search-coded');
  });

  await test.step('write a coding memo with bold text', async () => {
    await app.goTo('Sources');
    await new SourcesPage(page).open(SOURCE);
    await expect(view.stripe('Product quality')).toHaveCount(2);
    await view.stripe('Exporters and intermediaries').click();
    await view.popover.getByRole('button', { name: 'Memo' }).click();
    const dialog = page.getByRole('dialog', { name: /^Memo on “Exporters and intermediaries”/ });
    const body = dialog.getByRole('textbox', { name: 'Memo text' });
    await expect(body).toBeFocused();
    await body.pressSequentially('First export came ');
    await page.keyboard.press('Control+b');
    await body.pressSequentially('through a Bali trader');
    await page.keyboard.press('Control+b');
    await body.pressSequentially(', not through the fair.');
    await expect(body.locator('.memo-bold')).toHaveText('through a Bali trader');
    await expect(dialog.getByTestId('memo-save-status')).toHaveText('Saved');
    await shot('10-coding-memo');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('undo the last coding with Ctrl+Z and redo it with Ctrl+Shift+Z', async () => {
    await view.selectText(TRAINING);
    await view.codeInTree('Training').click();
    await expect(view.stripe('Training')).toHaveAttribute('data-coded-text', TRAINING);
    // The keys work right away, with the focus still on the code just clicked.
    await page.keyboard.press('Control+z');
    await expect(view.stripe('Training')).toHaveCount(0);
    await expect(view.stripes).toHaveCount(5);
    await expect(view.codeInTree('Training').locator('.code-count')).toHaveText('0');
    await shot('11-undone');
    await page.keyboard.press('Control+Shift+z');
    await expect(view.stripe('Training')).toHaveAttribute('data-coded-text', TRAINING);
    await expect(view.stripes).toHaveCount(6);
    await expect(view.codeInTree('Training').locator('.code-count')).toHaveText('1');
  });

  let canonical = '';
  await test.step('reload and find everything again', async () => {
    await page.reload();
    await expect(new SourceViewPage(page).heading).toHaveText(SOURCE);
    await expect(view.transcript).toContainText('came to our workshop in 2012');
    await expect(view.stripes).toHaveCount(6);
    await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('data-coded-text', TRADER);
    await expect(view.stripe('Overseas customers')).toHaveAttribute('data-coded-text', JAPAN);
    await expect(view.stripe(IN_VIVO)).toHaveAttribute('data-coded-text', IN_VIVO);
    await expect(view.stripe('Training')).toHaveAttribute('data-coded-text', TRAINING);
    await expect(view.stripe('Product quality')).toHaveCount(2);
    for (const [speaker, informant] of [['R1', 'Sari (owner)'], ['R2', 'Adi (designer)']]) {
      await expect(page.getByLabel(`Informant for speaker ${speaker}`, { exact: true }).locator('option:checked')).toHaveText(informant);
    }
    await view.stripe('Exporters and intermediaries').click();
    await expect(view.popover.getByLabel('Has a memo')).toBeVisible();
    await page.keyboard.press('Escape');
    await shot('12-after-reload');
    canonical = await view.canonicalText();
    expect(canonical).toContain(TRADER);

    const memos = new MemosPage(page);
    await memos.open();
    const item = memos.items().filter({ hasText: MEMO_PLAIN });
    await expect(item).toHaveCount(1);
    await item.click();
    await expect(memos.body.locator('.memo-bold')).toHaveText('through a Bali trader');
    await shot('13-memo-after-reload');

    await app.goTo('Informants');
    await expect(new InformantsPage(page).row('Sari')).toContainText('1 source');
  });

  await test.step('download the coded excerpts as CSV and check every row', async () => {
    await excerptsScreen.open();
    for (const code of ['Business networks', 'Global collaboration', 'Business associations', IN_VIVO]) {
      const box = page.getByRole('checkbox', { name: `Retrieve ${code}`, exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    await expect(excerptsScreen.excerpts).toHaveCount(6);
    await shot('14-retrieval-all');
    const download = await excerptsScreen.exportCsv();
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.subarray(3)));
    expect(header).toEqual([
      'Code', 'Excerpt', 'Source', 'Speaker', 'Informant', 'Role', 'Source kind', 'Start', 'End', 'First paragraph', 'Last paragraph', 'Timestamp', 'Coder', 'Memo',
    ]);

    const dyes = canonical.indexOf('natural dyes');
    const indigo = canonical.indexOf('natural indigo');
    const expected = [
      { code: EXPORTERS, text: TRADER, at: canonical.indexOf(TRADER), speaker: 'R1', informant: 'Sari', role: 'owner', memo: MEMO_PLAIN },
      { code: OVERSEAS, text: JAPAN, at: canonical.indexOf(JAPAN), speaker: 'R2', informant: 'Adi', role: 'designer', memo: '' },
      { code: PRODUCT, text: 'natural', at: dyes, speaker: 'R1', informant: 'Sari', role: 'owner', memo: '' },
      { code: PRODUCT, text: 'natural', at: indigo, speaker: 'R2', informant: 'Adi', role: 'designer', memo: '' },
      { code: TRAINING_CODE, text: TRAINING, at: canonical.indexOf(TRAINING), speaker: 'R1', informant: 'Sari', role: 'owner', memo: '' },
      { code: IN_VIVO, text: IN_VIVO, at: canonical.indexOf(IN_VIVO), speaker: 'R1', informant: 'Sari', role: 'owner', memo: '' },
    ];
    for (const { at } of expected) expect(at).toBeGreaterThanOrEqual(0);
    const key = (cells: string[]): string => `${cells[0]}|${cells[7]}`;
    const actual = [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    const wanted = expected
      .map((row) => [row.code, row.text, SOURCE, row.speaker, row.informant, row.role, 'Interview', String(row.at), String(row.at + row.text.length)])
      .sort((a, b) => key(a).localeCompare(key(b)));
    expect(actual.map((cells) => cells.slice(0, 9))).toEqual(wanted);
    for (const [, text, , , , , , start, end, firstParagraph, , , coder, memo] of rows) {
      expect(Number(firstParagraph)).toBeGreaterThan(0);
      expect(canonical.slice(Number(start), Number(end))).toBe(text);
      expect(coder).not.toBe('');
      expect(memo).toBe(expected.find((row) => row.text === text && row.at === Number(start))?.memo);
    }
  });

  expect(pageErrors).toEqual([]);
});

test('the Undo of a "Code all hits" toast reverts that coding only, never a later one', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const search = new SearchPage(page);
  await search.open();
  await search.search('mahogany');
  await expect(search.summary).toHaveText(/^2 hits in/);
  const excerptsScreen = new ExcerptsPage(page);
  const codeHit = async (index: number, codeQuery: string): Promise<void> => {
    await search.tick(index);
    const change = page.getByRole('button', { name: 'Code to apply', exact: true });
    if (await change.isVisible()) await change.click();
    await search.codePicker.fill(codeQuery);
    await search.codePicker.press('Enter');
    await page.getByRole('button', { name: 'Code 1 hit', exact: true }).click();
  };
  await codeHit(0, 'distrib effic');
  const first = app.toast('Coded 1 hit with Global collaboration / Distribution efficiency.');
  await expect(first).toBeVisible();
  await codeHit(1, 'design innov');
  await expect(app.toast('Coded 1 hit with Global collaboration / Design innovation.')).toBeVisible();

  // The first toast's Undo would have reverted the later coding: it refuses and says why.
  await first.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Other changes came after' })).toBeVisible();
  await excerptsScreen.open();
  await excerptsScreen.pickCode('Global collaboration / Distribution efficiency');
  await excerptsScreen.pickCode('Global collaboration / Design innovation');
  // Only the two hits are excerpts of the single word (the example's own codings span whole phrases).
  const hitExcerpts = excerptsScreen.excerpts.filter({ has: page.locator('.excerpt-text', { hasText: /^mahogany$/i }) });
  await expect(hitExcerpts.locator('.code-chip')).toHaveText(['Global collaboration / Design innovation', 'Global collaboration / Distribution efficiency']);

  // The top bar's Undo steps back through both, latest first.
  const undo = page.locator('.undo-buttons').getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(hitExcerpts.locator('.code-chip')).toHaveText(['Global collaboration / Distribution efficiency']);
  await undo.click();
  await expect(hitExcerpts).toHaveCount(0);
});
