// Projects on a real Dexie database (fake-indexeddb): create/list/rename/delete/restore and the last project.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText, steppingClock } from './testDatabase.ts';
import {
  createProject, deleteProject, getLastProjectId, getProject, listProjects, renameProject, setLastProjectId, addRolePreset,
} from '../../../renderer/data/projects.ts';
import { createCoder, getCurrentCoder, setCurrentCoder } from '../../../renderer/data/coders.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { listSourceSummaries, getSource, storeImportedSource } from '../../../renderer/data/sources.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { DataError } from '../../../renderer/data/errors.ts';
import { ECOSYSTEM_ROLE_PRESETS } from '../../../shared/templates/ecosystem-roles.ts';

describe('projects', () => {
  it('creates a project with trimmed name, questions and the template role presets, and lists it', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: '  Batik   exporters ', researchQuestions: ['Why?', '  '] });
    expect(project.name).toBe('Batik exporters');
    expect(project.researchQuestions.map((q) => q.text)).toEqual(['Why?']);
    expect(project.settings.rolePresets).toEqual([...ECOSYSTEM_ROLE_PRESETS.roles]);
    expect(await getProject(db, project.id)).toEqual(project);
    expect((await listProjects(db)).map((p) => p.id)).toEqual([project.id]);
  });

  it('lists the most recently changed project first', async () => {
    const db = freshDatabase(steppingClock());
    const first = await createProject(db, { name: 'First' });
    const second = await createProject(db, { name: 'Second' });
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['Second', 'First']);
    await renameProject(db, first.id, 'First renamed');
    expect((await listProjects(db)).map((p) => p.id)).toEqual([first.id, second.id]);
  });

  it('refuses empty and duplicate names (case-insensitive) with a translated DataError', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Sentul study' });
    await expect(createProject(db, { name: '   ' })).rejects.toMatchObject({ key: 'data.error.projectNameEmpty' });
    const clash = await createProject(db, { name: 'SENTUL STUDY' }).catch((error: unknown) => error);
    expect(clash).toBeInstanceOf(DataError);
    expect(clash).toMatchObject({ key: 'data.error.projectNameTaken' });
    expect((clash as DataError).message).toContain('SENTUL STUDY');
    const other = await createProject(db, { name: 'Other' });
    await expect(renameProject(db, other.id, 'sentul study')).rejects.toMatchObject({ key: 'data.error.projectNameTaken' });
    await renameProject(db, project.id, 'sentul STUDY');
    expect((await getProject(db, project.id))?.name).toBe('sentul STUDY');
    expect(await db.projects.count()).toBe(2);
  });

  it('records every write in the audit trail with the id of the coder who made it', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Audited' });
    const first = await getCurrentCoder(db);
    const ayu = await createCoder(db, 'Ayu');
    await setCurrentCoder(db, ayu.id);
    await renameProject(db, project.id, 'Audited again');
    await addRolePreset(db, project.id, 'exporter');
    await addRolePreset(db, project.id, 'Exporter');
    const events = await listAuditEvents(db, project.id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['create', first.id], ['rename', ayu.id], ['add-role', ayu.id]]);
    expect(first.name).toBe('researcher');
    expect((await getProject(db, project.id))?.settings.rolePresets.at(-1)).toBe('exporter');
  });

  it('remembers the last opened project', async () => {
    const db = freshDatabase();
    expect(await getLastProjectId(db)).toBeNull();
    const project = await createProject(db, { name: 'Remembered' });
    await setLastProjectId(db, project.id);
    expect(await getLastProjectId(db)).toBe(project.id);
    await setLastProjectId(db, null);
    expect(await getLastProjectId(db)).toBeNull();
  });

  it('deletes a project with all its rows, leaves other projects alone, and restores it exactly', async () => {
    const db = freshDatabase();
    const keep = await createProject(db, { name: 'Keep' });
    const doomed = await createProject(db, { name: 'Doomed' });
    for (const project of [keep, doomed]) {
      const informant = await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
      const imported = await importText('harjo.txt', interviewText('Harjo', 'dry wood'));
      await storeImportedSource(db, project.id, imported, {
        kind: 'interview', title: 'Harjo', informantIds: [informant.id], date: null, language: 'en',
      });
    }
    await setLastProjectId(db, doomed.id);
    const countRows = async () => ({
      informants: await db.informants.count(), sources: await db.sources.count(), texts: await db.sourceTexts.count(),
      audit: await db.auditEvents.count(),
    });
    const before = await countRows();
    const doomedSource = (await listSourceSummaries(db, doomed.id))[0];

    const undo = new UndoManager();
    await deleteProject(db, doomed.id, undo);
    expect(await getProject(db, doomed.id)).toBeUndefined();
    expect(await getLastProjectId(db)).toBeNull();
    for (const table of [db.informants, db.sources, db.sourceTexts, db.auditEvents]) {
      expect(await table.where('projectId').equals(doomed.id).count()).toBe(0);
    }
    expect(await listSourceSummaries(db, keep.id)).toHaveLength(1);
    expect(await countRows()).toEqual({ informants: 1, sources: 1, texts: 1, audit: before.audit / 2 });

    await undo.undo();
    expect((await getProject(db, doomed.id))?.name).toBe('Doomed');
    expect(await getLastProjectId(db)).toBe(doomed.id);
    const after = await countRows();
    expect(after).toEqual({ ...before, audit: before.audit + 1 });
    expect((await getSource(db, doomedSource.id))?.text).toContain('dry wood');
  });

  it('refuses to undo the deletion of a project whose name was taken in the meantime', async () => {
    const db = freshDatabase();
    const undo = new UndoManager();
    const project = await createProject(db, { name: 'Reused' });
    await deleteProject(db, project.id, undo);
    await createProject(db, { name: 'reused' });
    await expect(undo.undo()).rejects.toMatchObject({ key: 'data.error.projectNameTaken' });
    expect(await getProject(db, project.id)).toBeUndefined();
    expect(undo.canUndo).toBe(true);
  });
});
