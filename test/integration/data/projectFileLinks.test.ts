// The project files an installation knows, on real Dexie: a project autosaves to one file at most, the recent list
// is newest first and bounded (linked files are never forgotten), and deleting a project leaves its file in the list,
// linked to nothing — until undo links it again.
import { describe, expect, it } from 'vitest';
import { freshDatabase, steppingClock } from './testDatabase.ts';
import {
  fileLinkOfProject, forgetFileLink, listRecentFileLinks, MAX_RECENT_FILES, rememberFileLink,
} from '../../../renderer/data/projectFileLinks.ts';
import { createProject, deleteProject } from '../../../renderer/data/projects.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';

const at = (fileName: string) => ({ fileName, path: `/study/${fileName}`, handle: null });

describe('project file links', () => {
  it('links a project to one file at a time; Save as moves the link and keeps the old file in the list', async () => {
    const db = freshDatabase(steppingClock());
    const project = await createProject(db, { name: 'Study' });
    const first = await rememberFileLink(db, at('Study.caseweave'), project.id);
    expect((await fileLinkOfProject(db, project.id))?.id).toBe(first.id);
    const second = await rememberFileLink(db, at('Study v2.caseweave'), project.id);
    expect((await fileLinkOfProject(db, project.id))?.id).toBe(second.id);
    const recent = await listRecentFileLinks(db);
    expect(recent.map((link) => [link.fileName, link.linkedProjectId])).toEqual([['Study v2.caseweave', project.id], ['Study.caseweave', null]]);
    // Opening the first file again refreshes its row rather than adding one.
    await rememberFileLink(db, at('Study.caseweave'), project.id, first.id);
    expect((await listRecentFileLinks(db)).map((link) => [link.fileName, link.linkedProjectId])).toEqual([['Study.caseweave', project.id], ['Study v2.caseweave', null]]);
    await forgetFileLink(db, first.id);
    expect((await listRecentFileLinks(db)).map((link) => link.fileName)).toEqual(['Study v2.caseweave']);
  });

  it('keeps the newest files up to the limit, never forgetting a linked one', async () => {
    const db = freshDatabase(steppingClock());
    const project = await createProject(db, { name: 'Study' });
    await rememberFileLink(db, at('Linked.caseweave'), project.id);
    for (let index = 1; index <= MAX_RECENT_FILES + 2; index += 1) await rememberFileLink(db, at(`Copy ${index}.caseweave`), null);
    const names = (await listRecentFileLinks(db)).map((link) => link.fileName);
    expect(names).toHaveLength(MAX_RECENT_FILES + 1);
    expect(names[0]).toBe(`Copy ${MAX_RECENT_FILES + 2}.caseweave`);
    expect(names).toContain('Linked.caseweave');
    expect(names).not.toContain('Copy 1.caseweave');
  });

  it('unlinks the file of a deleted project, and undo links it again', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Study' });
    const link = await rememberFileLink(db, at('Study.caseweave'), project.id);
    const undo = new UndoManager();
    await deleteProject(db, project.id, undo);
    expect(await db.projectFileLinks.get(link.id)).toMatchObject({ fileName: 'Study.caseweave', linkedProjectId: null });
    await undo.undo();
    expect((await fileLinkOfProject(db, project.id))?.id).toBe(link.id);
  });
});
