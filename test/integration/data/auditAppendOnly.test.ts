// The audit trail is append-only. In the code: no module writes to the auditEvents table except the one append in
// renderer/data/audit.ts (and the one-time schema upgrade that turned legacy actor names into coder ids). At run
// time: commit refuses a change that puts or deletes audit events apart from their whole project, and leaves the trail
// as it was; deleting a project takes its trail, and undoing the deletion brings the same trail back, with the undo appended.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { commit } from '../../../renderer/data/commit.ts';
import { DataError } from '../../../renderer/data/errors.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { createProject, deleteProject } from '../../../renderer/data/projects.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { freshDatabase } from './testDatabase.ts';

const REPO = join(import.meta.dirname, '..', '..', '..');
const SOURCE_FOLDERS = ['renderer', 'shared', 'cli', 'electron', 'node'];

const sourceFiles = async (folder: string): Promise<string[]> => {
  const entries = await readdir(join(REPO, folder), { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
};

/** A write method called on the auditEvents table, by property or by name. */
const TRAIL_WRITE = /(?:\.auditEvents|table\(\s*['"]auditEvents['"]\s*\))[\s\S]{0,80}?\.(add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|clear|modify)\(/g;

describe('the audit trail is append-only', () => {
  it('is written only by the append of audit.ts (and the one-time coder-identity upgrade)', async () => {
    const found: string[] = [];
    for (const folder of SOURCE_FOLDERS) {
      for (const file of await sourceFiles(folder)) {
        const text = await readFile(file, 'utf8');
        for (const match of text.matchAll(TRAIL_WRITE)) found.push(`${relative(REPO, file)}: ${match[1]}`);
      }
    }
    expect(found.sort()).toEqual([
      'renderer/data/audit.ts: add',
      'renderer/data/audit.ts: bulkAdd',
      'renderer/data/upgrades/coderIdentity.ts: modify',
    ]);
  });

  it('refuses a change that rewrites or removes an event, and keeps the trail as it was', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Trail' });
    await createInformant(db, project.id, { pseudonym: 'Dewi', role: 'diaspora' });
    const trail = await listAuditEvents(db, project.id);
    expect(trail.length).toBeGreaterThanOrEqual(2);
    const [first] = trail;
    await expect(commit(db, tableChange('auditEvents', [{ ...first, detail: 'rewritten' }]), null)).rejects.toThrow(DataError);
    await expect(commit(db, tableChange('auditEvents', [], [first.id ?? -1]), null)).rejects.toThrow('append-only');
    await expect(commit(db, tableChange('auditEvents', [{ ...first, id: undefined, detail: 'slipped in' }]), null)).rejects.toThrow(DataError);
    expect(await listAuditEvents(db, project.id)).toEqual(trail);
  });

  it('goes with its whole project, and comes back with it on undo', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Trail' });
    await createInformant(db, project.id, { pseudonym: 'Dewi', role: 'diaspora' });
    const trail = await listAuditEvents(db, project.id);
    const undo = new UndoManager();
    await deleteProject(db, project.id, undo);
    expect(await listAuditEvents(db, project.id)).toEqual([]);
    await undo.undo();
    const restored = await listAuditEvents(db, project.id);
    expect(restored.slice(0, trail.length)).toEqual(trail);
    expect(restored.slice(trail.length).map((event) => event.action)).toEqual(['undo-delete']);
  });
});
