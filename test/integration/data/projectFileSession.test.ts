// The window's project file on real Dexie, with the file access faked in memory and a stepped clock: a linked
// project autosaves after a change, a file another window holds leaves the project read-only, and switching
// projects saves what is unsaved and gives the old file's lock up.
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { createProject, renameProject } from '../../../renderer/data/projects.ts';
import { rememberFileLink } from '../../../renderer/data/projectFileLinks.ts';
import { isProjectReadOnly, setProjectReadOnly } from '../../../renderer/data/readOnlyProjects.ts';
import { ProjectFileSession } from '../../../renderer/data/projectFiles/projectFileSession.ts';
import { AUTOSAVE_MAX_WAIT_MS } from '../../../renderer/data/projectFiles/autosave.ts';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile.ts';
import { snapshotRows } from '../../../shared/projectFile/projectSnapshot.ts';
import type { ProjectFileAccess } from '../../../renderer/platform/projectFileAccess.ts';
import { steppedTimer } from '../../support/steppedTimer.ts';

const settle = async () => {
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setTimeout(resolve, 5));
};

const memoryAccess = (lockedElsewhere: ReadonlySet<string> = new Set()) => {
  const written = new Map<string, Uint8Array>();
  const events: string[] = [];
  const access: ProjectFileAccess = {
    kind: 'native',
    chooseToOpen: async () => null,
    chooseToSave: async () => null,
    write: async (file, bytes) => {
      written.set(file.fileName, bytes);
      events.push(`write ${file.fileName}`);
      return { ...file, savedAt: '2024-05-06T08:00:00.000Z', sizeBytes: bytes.length };
    },
    recentFiles: async () => [],
    openRecent: async () => {
      throw new Error('not here');
    },
    claim: async (file) => {
      events.push(`claim ${file.fileName}`);
      return !lockedElsewhere.has(file.fileName);
    },
    release: async (file) => {
      events.push(`release ${file.fileName}`);
    },
    writePermission: async () => 'granted',
    onRecentChosen: () => () => undefined,
  };
  return { access, written, events };
};

const linked = async (name: string) => {
  const db = freshDatabase();
  const project = await createProject(db, { name });
  await rememberFileLink(db, { fileName: `${name}.caseweave`, path: `/files/${name}.caseweave`, handle: null }, project.id);
  return { db, project };
};

const sessions: ProjectFileSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.dispose();
});

describe('project file session', () => {
  it('autosaves the linked file after a change, with the status the top bar shows', async () => {
    const { db, project } = await linked('Study');
    const { access, written } = memoryAccess();
    const clock = steppedTimer();
    const session = new ProjectFileSession(db, access, clock.timer);
    sessions.push(session);
    await session.follow(project.id);
    expect(session.getState()).toMatchObject({ projectId: project.id, file: { fileName: 'Study.caseweave' }, readOnly: false, status: { kind: 'saved', at: null } });
    await renameProject(db, project.id, 'Study, renamed');
    expect(session.getState().status.kind).toBe('pending');
    clock.advance(AUTOSAVE_MAX_WAIT_MS);
    await settle();
    expect(session.getState().status).toEqual({ kind: 'saved', at: '2024-05-06T08:00:00.000Z' });
    const bytes = written.get('Study.caseweave');
    if (bytes === undefined) throw new Error('not written');
    const reading = await readProjectFile(bytes, { fileName: 'Study.caseweave' });
    expect(reading.ok && snapshotRows(reading.snapshot, 'projects')[0].name).toBe('Study, renamed');
  });

  it('leaves a project read-only when another window holds its file, and never writes it', async () => {
    const { db, project } = await linked('Shared');
    const { access, events } = memoryAccess(new Set(['Shared.caseweave']));
    const session = new ProjectFileSession(db, access, steppedTimer().timer);
    sessions.push(session);
    try {
      await session.follow(project.id);
      expect(isProjectReadOnly(project.id)).toBe(true);
      expect(session.getState().readOnly).toBe(true);
      await expect(renameProject(db, project.id, 'Mine now')).rejects.toThrow(/read-only/);
      await session.saveNow();
      expect(events).toEqual(['claim Shared.caseweave']);
    } finally {
      setProjectReadOnly(project.id, false);
    }
  });

  it('saves what is unsaved and lets the old file go when the window switches projects', async () => {
    const { db, project } = await linked('First');
    const other = await createProject(db, { name: 'Second' });
    const { access, events } = memoryAccess();
    const session = new ProjectFileSession(db, access, steppedTimer().timer);
    sessions.push(session);
    await session.follow(project.id);
    await renameProject(db, project.id, 'First, renamed');
    await session.follow(other.id);
    expect(events).toEqual(['claim First.caseweave', 'write First.caseweave', 'release First.caseweave']);
    expect(session.getState()).toMatchObject({ projectId: other.id, file: null });
  });
});
