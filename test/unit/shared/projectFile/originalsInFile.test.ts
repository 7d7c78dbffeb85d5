// Kept originals in a project file that do not fit its sources: an original of no source, or one whose bytes are not
// the file its source was imported from, is repaired away only with the user's agreement (recorded in the audit
// detail); two originals for one source refuse the file, naming the entry; and a copy renames them with its sources.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  applyRepairs, projectFileMessageText, readProjectFile, reidentifySnapshot, snapshotRows, writeProjectFile, type ProjectSnapshot,
} from '../../../../shared/projectFile/index.ts';
import { FILE, META, PROJECT_ID, smallSnapshot, withOriginal } from './projectFileFixture.ts';
import { manifestOf, pack, unpack, withFreshHashes } from './projectFileZip.ts';

const bytes = strToU8('The bytes of an interview as imported.');

const read = async (file: Uint8Array) => {
  const reading = await readProjectFile(file, { fileName: FILE });
  if (!reading.ok) throw new Error(projectFileMessageText(reading.problem, 'en'));
  return reading;
};

/** The small project with `bytes` kept for s1, as written and read back. */
const keptForS1 = (): Promise<ProjectSnapshot> => withOriginal(smallSnapshot(), 's1', 'interview s1.txt', bytes);

describe('originals that do not fit their sources', () => {
  it('a sound file with originals needs no repair', async () => {
    const reading = await read(await writeProjectFile(await keptForS1(), META));
    expect(reading.repairs).toEqual([]);
    expect(snapshotRows(reading.snapshot, 'sourceOriginals')).toEqual([{ sourceId: 's1', projectId: PROJECT_ID, fileName: 'interview s1.txt', bytes }]);
  });

  it('removes an original that belongs to no source, once agreed, and records it', async () => {
    const snapshot = await keptForS1();
    snapshot.tables.sourceOriginals?.push({ sourceId: 's-gone', projectId: PROJECT_ID, fileName: 'lost.docx', bytes: strToU8('lost') });
    const reading = await read(await writeProjectFile(snapshot, META));
    expect(reading.repairs.map((repair) => projectFileMessageText(repair.message, 'en'))).toEqual([
      'A kept original file (lost.docx) belongs to no source (s-gone): it will be removed.',
    ]);
    const repaired = applyRepairs(reading.snapshot, reading.repairs);
    expect(snapshotRows(repaired.snapshot, 'sourceOriginals').map((original) => original.sourceId)).toEqual(['s1']);
    expect(repaired.auditDetail).toBe('removeOriginal s-gone');
  });

  it('removes an original whose bytes are not the file its source was imported from', async () => {
    const snapshot = await keptForS1();
    snapshot.tables.sources = snapshot.tables.sources?.map((source) => (source.id === 's1' ? { ...source, sha256: 'f'.repeat(64) } : source));
    const reading = await read(await writeProjectFile(snapshot, META));
    expect(reading.repairs.map((repair) => projectFileMessageText(repair.message, 'en'))).toEqual([
      'The kept original file of source "Interview s1" (interview s1.txt) is not the file the source was imported from: it will be removed.',
    ]);
    expect(snapshotRows(applyRepairs(reading.snapshot, reading.repairs).snapshot, 'sourceOriginals')).toEqual([]);
  });

  it('refuses a file with two originals for one source, naming the source\'s folder', async () => {
    const entries = unpack(await writeProjectFile(await keptForS1(), META));
    const manifest = manifestOf(entries);
    manifest.entries['originals/s1/second copy.txt'] = { sha256: '', bytes: 0 };
    const file = pack(await withFreshHashes({ ...entries, 'originals/s1/second copy.txt': bytes, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
    const reading = await readProjectFile(file, { fileName: FILE });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems.map((problem) => [problem.code, problem.params.entry])).toEqual([['duplicateId', 'originals/s1/']]);
  });

  it('a copy with fresh ids keeps each original with its source\'s new id', async () => {
    const original = await keptForS1();
    const copy = reidentifySnapshot(original);
    const source = snapshotRows(copy, 'sources').find((row) => row.sha256 === snapshotRows(original, 'sources').find((s) => s.id === 's1')?.sha256);
    expect(snapshotRows(copy, 'sourceOriginals')).toEqual([{ sourceId: source?.id, projectId: copy.projectId, fileName: 'interview s1.txt', bytes }]);
    expect(source?.id).not.toBe('s1');
  });
});
