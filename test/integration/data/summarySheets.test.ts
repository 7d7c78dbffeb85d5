// Summary sheets on real Dexie: a contact summary for an interview and a document summary form for a document,
// field updates (research-question answers merged, theme codes checked), one sheet per source, delete with undo,
// and the sheet going with its source.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText, steppingClock } from './testDatabase.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { deleteSource, storeImportedSource, type SourceImportMeta } from '../../../renderer/data/sources.ts';
import { getCurrentCoder } from '../../../renderer/data/coders.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import {
  createSummarySheet, deleteSummarySheet, getSummarySheet, listSummarySheets, summarySheetOfSource, updateSummarySheet,
} from '../../../renderer/data/summarySheets.ts';
import { lexicalJsonFromPlainText } from '../../../renderer/data/memos.ts';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/templates/builtInTemplates.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { commit } from '../../../renderer/data/commit.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';

const rich = (text: string) => ({ content: lexicalJsonFromPlainText(text), plainText: text });

const meta = (kind: SourceImportMeta['kind'], title: string, date: string | null): SourceImportMeta =>
  ({ kind, title, informantIds: [], date, language: 'en' });

const setUp = async (db: CaseweaveDatabase) => {
  const project = await createProject(db, { name: 'Sheets', templateId: DEFAULT_TEMPLATE_ID, researchQuestions: ['How do networks help?', 'Who connects markets?'] });
  const interview = await storeImportedSource(db, project.id, await importText('a.txt', interviewText('R1', 'drums')), meta('interview', 'Owner interview', '2024-05-06'));
  const document = await storeImportedSource(db, project.id, await importText('b.txt', 'A brochure of the cooperative.'), meta('document', 'Brochure', null));
  const codes = await db.codes.where('projectId').equals(project.id).toArray();
  return { project, interview, document, codes };
};

describe('summary sheets', () => {
  it('creates a contact summary for an interview and a document summary for a document, dated like the source', async () => {
    const db = freshDatabase(steppingClock());
    const { project, interview, document } = await setUp(db);
    const contact = await createSummarySheet(db, project.id, interview.id);
    expect(contact).toMatchObject({
      kind: 'contact', sourceId: interview.id, date: '2024-05-06', contactType: 'Interview', themeCodeIds: [], researchQuestions: {},
      authorId: (await getCurrentCoder(db)).id,
    });
    const form = await createSummarySheet(db, project.id, document.id);
    expect(form).toMatchObject({ kind: 'document', sourceId: document.id, date: null });
    // Newest date first, undated last.
    expect((await listSummarySheets(db, project.id)).map((sheet) => sheet.id)).toEqual([contact.id, form.id]);
    expect((await summarySheetOfSource(db, document.id))?.id).toBe(form.id);
    const audit = await listAuditEvents(db, project.id);
    expect(audit.filter((event) => event.objectType === 'summarySheet').map((event) => [event.action, event.detail])).toEqual(
      expect.arrayContaining([['create', 'Owner interview'], ['create', 'Brochure']]),
    );
  });

  it('refuses a second sheet for a source and a source of another project', async () => {
    const db = freshDatabase();
    const { project, interview } = await setUp(db);
    await createSummarySheet(db, project.id, interview.id);
    await expect(createSummarySheet(db, project.id, interview.id)).rejects.toThrow(/“Owner interview” already has a summary sheet/);
    const other = await createProject(db, { name: 'Other' });
    await expect(createSummarySheet(db, other.id, interview.id)).rejects.toThrow(/source could not be found/);
    expect(await db.summarySheets.count()).toBe(1);
  });

  it('updates fields, merging research-question answers by question and keeping only fields of the sheet’s kind', async () => {
    const db = freshDatabase(steppingClock());
    const { project, interview, document, codes } = await setUp(db);
    const [first, second] = project.researchQuestions;
    if (first === undefined || second === undefined || codes.length < 2) throw new Error('fixture: two questions and codes expected');
    const sheet = await createSummarySheet(db, project.id, interview.id);
    await updateSummarySheet(db, sheet.id, { mainThemes: rich('Trust'), researchQuestions: { [first.id]: rich('Through the cousin') } });
    const updated = await updateSummarySheet(db, sheet.id, {
      researchQuestions: { [second.id]: rich('The diaspora') }, themeCodeIds: [codes[0]!.id, codes[1]!.id, codes[0]!.id], contactType: '  Phone call ',
      date: '2024-06-01', significance: rich('ignored on a contact summary'),
    });
    expect(updated).toMatchObject({
      kind: 'contact', contactType: 'Phone call', date: '2024-06-01', mainThemes: rich('Trust'), themeCodeIds: [codes[0]!.id, codes[1]!.id],
      researchQuestions: { [first.id]: rich('Through the cousin'), [second.id]: rich('The diaspora') },
    });
    expect(updated).not.toHaveProperty('significance');
    expect(updated.updatedAt > sheet.updatedAt).toBe(true);

    const form = await createSummarySheet(db, project.id, document.id);
    const filled = await updateSummarySheet(db, form.id, { significance: rich('Shows the export prices'), contentSummary: rich('Prices'), associatedEvent: rich('Fair') });
    expect(filled).toMatchObject({ significance: rich('Shows the export prices'), contentSummary: rich('Prices'), associatedEvent: rich('Fair') });
    expect(await getSummarySheet(db, form.id)).toEqual(filled);
  });

  it('refuses a theme code of no project code, a malformed date and a missing sheet without writing', async () => {
    const db = freshDatabase();
    const { project, interview } = await setUp(db);
    const sheet = await createSummarySheet(db, project.id, interview.id);
    await expect(updateSummarySheet(db, sheet.id, { themeCodeIds: ['no-such-code'] })).rejects.toThrow(/theme code could not be found/);
    await expect(updateSummarySheet(db, sheet.id, { date: '6 May 2024' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(updateSummarySheet(db, 'nope', { mainThemes: rich('x') })).rejects.toThrow(/summary sheet could not be found/);
    await expect(deleteSummarySheet(db, 'nope')).rejects.toThrow(/summary sheet could not be found/);
    expect(await getSummarySheet(db, sheet.id)).toEqual(sheet);
  });

  it('keeps a linked theme code that was deleted since, so other edits of the sheet still save', async () => {
    const db = freshDatabase();
    const { project, interview, codes } = await setUp(db);
    const [kept, gone] = codes;
    if (kept === undefined || gone === undefined) throw new Error('fixture: two codes expected');
    const sheet = await createSummarySheet(db, project.id, interview.id);
    await updateSummarySheet(db, sheet.id, { themeCodeIds: [kept.id, gone.id] });
    await commit(db, tableChange('codes', [], [gone.id]), null);
    const edited = await updateSummarySheet(db, sheet.id, { themeCodeIds: [gone.id], mainThemes: rich('Still saved') });
    expect(edited).toMatchObject({ themeCodeIds: [gone.id], mainThemes: rich('Still saved') });
    await expect(updateSummarySheet(db, sheet.id, { themeCodeIds: [gone.id, 'no-such-code'] })).rejects.toThrow(/theme code could not be found/);
  });

  it('undoes and redoes creation, edits and deletion', async () => {
    const db = freshDatabase(steppingClock());
    const undo = new UndoManager();
    const { project, interview } = await setUp(db);
    const sheet = await createSummarySheet(db, project.id, interview.id, undo);
    const edited = await updateSummarySheet(db, sheet.id, { salientPoints: rich('The kiln'), nextQuestions: rich('Ask about prices') }, undo);
    await deleteSummarySheet(db, sheet.id, undo);
    expect(await getSummarySheet(db, sheet.id)).toBeUndefined();
    expect(undo.undoLabel).toBe('Delete summary sheet of “Owner interview”');

    await undo.undo();
    expect(await getSummarySheet(db, sheet.id)).toEqual(edited);
    await undo.undo();
    expect(await getSummarySheet(db, sheet.id)).toEqual(sheet);
    await undo.undo();
    expect(await getSummarySheet(db, sheet.id)).toBeUndefined();
    await undo.redo();
    await undo.redo();
    expect(await getSummarySheet(db, sheet.id)).toEqual(edited);
  });

  it('goes with its source, and comes back when the source’s deletion is undone', async () => {
    const db = freshDatabase();
    const undo = new UndoManager();
    const { project, interview } = await setUp(db);
    const sheet = await createSummarySheet(db, project.id, interview.id);
    await deleteSource(db, interview.id, undo);
    expect(await listSummarySheets(db, project.id)).toEqual([]);
    await undo.undo();
    expect(await getSummarySheet(db, sheet.id)).toEqual(sheet);
  });
});
