// Editing a conclusion's framing (renderer/data/conclusions.ts updateConclusionFraming) on real Dexie over the seeded
// example: question, model role, codes and displays changed in one audited commit whose detail names what changed,
// undone and redone as one step; another project's code or display, or an unknown question, refused with nothing written.
import { describe, expect, it } from 'vitest';
import { seededExample } from './displayTestData.ts';
import { createConclusion, getConclusion, updateConclusionFraming } from '../../../renderer/data/conclusions.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/index.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';

const statement = (plainText: string) => ({ content: JSON.stringify({ root: plainText }), plainText });

const drawn = async () => {
  const { db, project } = await seededExample();
  const codes = (await db.codes.where('projectId').equals(project.id).sortBy('name')).slice(0, 3);
  const displays = await db.displays.where('projectId').equals(project.id).sortBy('name');
  const [a, b, c] = codes;
  const [display] = displays;
  const question = project.researchQuestions[0];
  if (!a || !b || !c || !display || !question) throw new Error('the example lacks codes, a display or a research question');
  const conclusion = await createConclusion(db, project.id, {
    statement: statement('Diaspora buyers open export markets'), researchQuestionId: null, modelRole: 'entry point', codeIds: [a.id, b.id],
  });
  return { db, project, conclusion, codes: { a, b, c }, display, question };
};

describe('editing a conclusion’s framing', () => {
  it('changes question, role, codes and displays in one audited step that undo takes back and redo restores', async () => {
    const { db, project, conclusion, codes: { a, b, c }, display, question } = await drawn();
    const undo = new UndoManager();
    const edited = await updateConclusionFraming(db, conclusion.id, {
      researchQuestionId: question.id, modelRole: '  market connector ', codeIds: [b.id, c.id, c.id], displayIds: [display.id],
    }, undo);
    expect(edited).toMatchObject({ researchQuestionId: question.id, modelRole: 'market connector', codeIds: [b.id, c.id], displayIds: [display.id] });
    expect(await getConclusion(db, conclusion.id)).toEqual(edited);
    const events = (await listAuditEvents(db, project.id)).filter((event) => event.objectId === conclusion.id && event.action === 'update-framing');
    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toBe(
      `Diaspora buyers open export markets: question: ${question.text}; model role: market connector; codes: +${c.name}, −${a.name}; displays: +${display.name}`,
    );
    expect(undo.canUndo).toBe(true);
    await undo.undo();
    expect(await getConclusion(db, conclusion.id)).toMatchObject({ researchQuestionId: null, modelRole: 'entry point', codeIds: [a.id, b.id], displayIds: [] });
    await undo.redo();
    expect(await getConclusion(db, conclusion.id)).toMatchObject({ modelRole: 'market connector', codeIds: [b.id, c.id], displayIds: [display.id] });
  });

  it('leaves the fields a patch does not name, and a blank role means none', async () => {
    const { db, conclusion, codes: { a, b } } = await drawn();
    const edited = await updateConclusionFraming(db, conclusion.id, { modelRole: '   ' });
    expect(edited).toMatchObject({ modelRole: null, codeIds: [a.id, b.id], researchQuestionId: null });
    const cleared = await updateConclusionFraming(db, conclusion.id, { codeIds: [] });
    expect(cleared).toMatchObject({ modelRole: null, codeIds: [] });
  });

  it('refuses an unknown question, and a code or display of another project, writing nothing', async () => {
    const { db, conclusion } = await drawn();
    const other = await createProject(db, { name: 'Another study', templateId: BUILT_IN_TEMPLATES[0]?.id ?? null });
    const foreignCode = await db.codes.where('projectId').equals(other.id).first();
    if (foreignCode === undefined) throw new Error('the template gave the other project no codes');
    const before = await listAuditEvents(db, conclusion.projectId);
    await expect(updateConclusionFraming(db, conclusion.id, { researchQuestionId: 'no-such-question' }))
      .rejects.toMatchObject({ key: 'data.error.conclusionQuestionNotFound' });
    await expect(updateConclusionFraming(db, conclusion.id, { codeIds: [foreignCode.id] }))
      .rejects.toMatchObject({ key: 'data.error.conclusionCodeNotFound' });
    await expect(updateConclusionFraming(db, conclusion.id, { displayIds: ['no-such-display'] }))
      .rejects.toMatchObject({ key: 'data.error.conclusionDisplayNotFound' });
    await expect(updateConclusionFraming(db, 'no-such-conclusion', { modelRole: 'x' })).rejects.toMatchObject({ key: 'data.error.conclusionNotFound' });
    expect(await getConclusion(db, conclusion.id)).toEqual(conclusion);
    expect(await listAuditEvents(db, conclusion.projectId)).toHaveLength(before.length);
  });
});
