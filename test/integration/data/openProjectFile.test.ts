// Opening a project file end to end on real Dexie, with the platform's file access faked in memory: a refused file
// writes nothing; repairs are applied only when the user agrees, and recorded; a project already here is replaced
// (after its backup) or opened as a copy, never merged; a file open elsewhere opens read-only; Save as links the
// project to its file.
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { entryDataOffset } from '../../unit/shared/projectFile/projectFileZip.ts';
import { dumpDatabase } from './databaseDump.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { fileLinkOfProject } from '../../../renderer/data/projectFileLinks.ts';
import { isProjectReadOnly, setProjectReadOnly } from '../../../renderer/data/readOnlyProjects.ts';
import { readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { projectFileBytes } from '../../../renderer/data/projectFiles/projectFileWork.ts';
import { projectFileMeta } from '../../../renderer/data/projectFileMeta.ts';
import { openProjectFile, type ExistingProjectChoice, type OpenDependencies } from '../../../renderer/data/projectFiles/openProjectFile.ts';
import { saveProjectToFile } from '../../../renderer/data/projectFiles/saveProjectFile.ts';
import { writeProjectFile } from '../../../shared/projectFile/writeProjectFile.ts';
import { snapshotRows } from '../../../shared/projectFile/projectSnapshot.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import type { OpenedProjectFile, ProjectFileAccess, ProjectFileRef } from '../../../renderer/platform/projectFileAccess.ts';

/** Files kept in memory by path; `released` lists every lock given up. */
const memoryAccess = () => {
  const files = new Map<string, Uint8Array>();
  const released: string[] = [];
  const access: ProjectFileAccess = {
    kind: 'native',
    chooseToOpen: async () => null,
    chooseToSave: async (name) => ({ linkId: `link:${name}`, fileName: name, place: { kind: 'path', path: `/files/${name}` } }),
    write: async (file, bytes) => {
      files.set(file.fileName, bytes);
      return { ...file, savedAt: '2024-05-06T08:00:00.000Z', sizeBytes: bytes.length };
    },
    recentFiles: async () => [],
    openRecent: async () => {
      throw new Error('not here');
    },
    claim: async () => true,
    release: async (file) => {
      released.push(file.fileName);
    },
    writePermission: async () => 'granted',
    onRecentChosen: () => () => undefined,
  };
  const opened = (fileName: string, bytes: Uint8Array, readOnly = false): OpenedProjectFile => ({
    linkId: `link:${fileName}`, fileName, place: { kind: 'path', path: `/files/${fileName}` }, bytes, readOnly, lockedBy: readOnly ? 'Ayu on laptop' : null,
  });
  return { access, files, released, opened };
};

const readOnlyHeld: string[] = [];
afterEach(() => {
  for (const id of readOnlyHeld.splice(0)) setProjectReadOnly(id, false);
});

/** A project with an informant, saved to bytes in its own database. */
const projectBytes = async (name = 'Field study') => {
  const source = freshDatabase();
  const project = await createProject(source, { name });
  await createInformant(source, project.id, { pseudonym: 'Dewi', role: 'owner' });
  return { source, project, bytes: await projectFileBytes(source, project.id) };
};

const dependencies = (db: CaseweaveDatabase, access: ProjectFileAccess, answers: { repairs?: boolean; existing?: ExistingProjectChoice } = {}) => {
  const asked: string[] = [];
  const deps: OpenDependencies = {
    db,
    access,
    linkedFile: null,
    questions: {
      agreeToRepairs: async (fileName, repairs) => {
        asked.push(`repairs:${fileName}:${repairs.length}`);
        return answers.repairs ?? false;
      },
      chooseForExisting: async (fileName, local) => {
        asked.push(`existing:${fileName}:${local.name}`);
        return answers.existing ?? 'cancel';
      },
    },
    backUpLocalCopy: async (projectId) => {
      asked.push(`backup:${(await db.informants.where('projectId').equals(projectId).count())} informants`);
    },
  };
  return { deps, asked };
};

describe('openProjectFile', () => {
  it('opens a new project, links it to its file, and Save as moves the link', async () => {
    const { project, bytes } = await projectBytes();
    const db = freshDatabase();
    const { access, opened, released } = memoryAccess();
    const outcome = await openProjectFile(dependencies(db, access).deps, opened('Study.caseweave', bytes));
    expect(outcome).toMatchObject({ kind: 'opened', as: 'new', readOnly: false, project: { id: project.id }, linkedFile: { fileName: 'Study.caseweave' } });
    expect((await fileLinkOfProject(db, project.id))?.path).toBe('/files/Study.caseweave');
    expect(released).toEqual([]);

    const target = await access.chooseToSave('Study v2.caseweave');
    if (target === null || outcome.kind !== 'opened') throw new Error('no target');
    await saveProjectToFile({ db, access }, project.id, target, { kind: 'link' });
    expect((await fileLinkOfProject(db, project.id))?.path).toBe('/files/Study v2.caseweave');
  });

  it('refuses a damaged file by name and writes nothing', async () => {
    const { bytes } = await projectBytes();
    const db = freshDatabase();
    await createProject(db, { name: 'Already here' });
    const before = await dumpDatabase(db);
    const { access, opened, released } = memoryAccess();
    // Inside an entry's data: a flipped byte in a local header's copy of the sizes would go unread (the central
    // directory is what counts), and where the middle of the file falls depends on the random ids.
    const damaged = bytes.slice();
    damaged[entryDataOffset(damaged, 'tables/informants.json') + 4] ^= 0xff;
    const outcome = await openProjectFile(dependencies(db, access).deps, opened('Damaged.caseweave', damaged));
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.problems[0].params.file).toBe('Damaged.caseweave');
    expect(await dumpDatabase(db)).toEqual(before);
    expect(released).toEqual(['Damaged.caseweave']);
  });

  it('opens a file that needs repairs only when the user agrees, and records the repair', async () => {
    const { source, project } = await projectBytes();
    const snapshot = await readProjectSnapshot(source, project.id);
    const [coder] = snapshotRows(snapshot, 'coders');
    const broken = {
      ...snapshot,
      tables: {
        ...snapshot.tables,
        codings: [{ id: 'g-orphan', projectId: project.id, sourceId: 's-gone', codeId: 'k-gone', start: 0, end: 4, coderId: coder.id, createdAt: '2024-05-06T08:00:00.000Z' }],
      },
    };
    const bytes = await writeProjectFile(broken, projectFileMeta(new Date()));
    const db = freshDatabase();
    const before = await dumpDatabase(db);
    const { access, opened } = memoryAccess();
    const declined = dependencies(db, access, { repairs: false });
    expect(await openProjectFile(declined.deps, opened('Broken.caseweave', bytes))).toEqual({ kind: 'cancelled' });
    expect(declined.asked).toEqual(['repairs:Broken.caseweave:1']);
    expect(await dumpDatabase(db)).toEqual(before);

    const agreed = dependencies(db, access, { repairs: true });
    const outcome = await openProjectFile(agreed.deps, opened('Broken.caseweave', bytes));
    expect(outcome.kind).toBe('opened');
    expect(await db.codings.count()).toBe(0);
    expect((await listAuditEvents(db, project.id)).at(-1)).toMatchObject({ action: 'repair-on-open', detail: expect.stringContaining('g-orphan') });
  });

  it('replaces the local copy after backing it up, or opens the file as a copy beside it', async () => {
    const { project, bytes } = await projectBytes();
    const db = freshDatabase();
    const { access, opened } = memoryAccess();
    await openProjectFile(dependencies(db, access).deps, opened('Study.caseweave', bytes));
    await createInformant(db, project.id, { pseudonym: 'Only here', role: 'owner' });

    const cancelled = dependencies(db, access, { existing: 'cancel' });
    expect(await openProjectFile(cancelled.deps, opened('Study.caseweave', bytes))).toEqual({ kind: 'cancelled' });
    expect(await db.informants.count()).toBe(2);

    const copy = dependencies(db, access, { existing: 'copy' });
    const copied = await openProjectFile(copy.deps, opened('Study.caseweave', bytes));
    expect(copied).toMatchObject({ kind: 'opened', as: 'copy', linkedFile: null, renamedFrom: 'Field study', project: { name: 'Field study (2)' } });
    if (copied.kind !== 'opened') return;
    expect(copied.project.id).not.toBe(project.id);
    expect(await db.informants.where('projectId').equals(project.id).count()).toBe(2);
    expect(await db.informants.where('projectId').equals(copied.project.id).count()).toBe(1);
    expect((await fileLinkOfProject(db, project.id))?.fileName).toBe('Study.caseweave');

    const replace = dependencies(db, access, { existing: 'replace' });
    const replaced = await openProjectFile(replace.deps, opened('Study.caseweave', bytes));
    expect(replaced).toMatchObject({ kind: 'opened', as: 'replace', project: { id: project.id } });
    // The backup saw the local copy as it was, with both informants.
    expect(replace.asked).toEqual(['existing:Study.caseweave:Field study', 'backup:2 informants']);
    expect((await db.informants.where('projectId').equals(project.id).toArray()).map((informant) => informant.pseudonym)).toEqual(['Dewi']);
  });

  it('does not replace anything when the backup of the local copy fails', async () => {
    const { project, bytes } = await projectBytes();
    const db = freshDatabase();
    const { access, opened } = memoryAccess();
    await openProjectFile(dependencies(db, access).deps, opened('Study.caseweave', bytes));
    await createInformant(db, project.id, { pseudonym: 'Only here', role: 'owner' });
    const before = await dumpDatabase(db);
    const { deps } = dependencies(db, access, { existing: 'replace' });
    deps.backUpLocalCopy = async () => {
      throw new Error('no room for the backup');
    };
    await expect(openProjectFile(deps, opened('Study.caseweave', bytes))).rejects.toThrow(/no room/);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('opens a file another window holds read-only: the local project as it is, or the file’s without a link', async () => {
    const { project, bytes } = await projectBytes();
    const db = freshDatabase();
    const { access, opened } = memoryAccess();
    const outcome = await openProjectFile(dependencies(db, access).deps, opened('Study.caseweave', bytes, true));
    readOnlyHeld.push(project.id);
    expect(outcome).toMatchObject({ kind: 'opened', as: 'new', readOnly: true, lockedBy: 'Ayu on laptop', linkedFile: null });
    expect(isProjectReadOnly(project.id)).toBe(true);
    expect(await fileLinkOfProject(db, project.id)).toBeNull();
    await expect(createInformant(db, project.id, { pseudonym: 'Sari', role: 'owner' })).rejects.toThrow(/read-only/);

    setProjectReadOnly(project.id, false);
    const before = await dumpDatabase(db);
    const asked = dependencies(db, access, { existing: 'replace' });
    const again = await openProjectFile(asked.deps, opened('Study.caseweave', bytes, true));
    expect(again).toMatchObject({ kind: 'opened', as: 'local', readOnly: true });
    expect(asked.asked).toEqual([]);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('keeps the lock of the file the open project is linked to when the same file is opened again and cancelled', async () => {
    const { bytes } = await projectBytes();
    const db = freshDatabase();
    const { access, opened, released } = memoryAccess();
    const first = await openProjectFile(dependencies(db, access).deps, opened('Study.caseweave', bytes));
    if (first.kind !== 'opened') throw new Error('not opened');
    const { deps } = dependencies(db, access, { existing: 'cancel' });
    deps.linkedFile = first.linkedFile satisfies ProjectFileRef | null;
    expect(await openProjectFile(deps, opened('Study.caseweave', bytes))).toEqual({ kind: 'cancelled' });
    expect(released).toEqual([]);
  });
});
