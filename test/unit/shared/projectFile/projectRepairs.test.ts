// Files with safe repairs: opened only with the list of repairs the user must agree to, each described, and
// applyRepairs giving a snapshot that is sound, with an audit detail naming what it changed.
import { describe, expect, it } from 'vitest';
import {
  applyRepairs, checkProjectIntegrity, projectFileMessageText, readProjectFile, writeProjectFile, type ProjectSnapshot, type Repair,
} from '../../../../shared/projectFile/index.ts';
import { FILE, META, codingRow, memoRow, smallSnapshot } from './projectFileFixture.ts';

type Change = (snapshot: ProjectSnapshot) => void;

/** The repairs reading `change`d small project asks for (after a real write and read). */
const repairsAfter = async (change: Change): Promise<{ repairs: Repair[]; snapshot: ProjectSnapshot }> => {
  const snapshot = smallSnapshot();
  change(snapshot);
  const reading = await readProjectFile(await writeProjectFile(snapshot, META), { fileName: FILE });
  if (!reading.ok) throw new Error(projectFileMessageText(reading.problem, 'en'));
  return { repairs: reading.repairs, snapshot: reading.snapshot };
};

const texts = (repairs: Repair[]): string[] => repairs.map((repair) => projectFileMessageText(repair.message, 'en'));

const expectSoundAfterRepair = (snapshot: ProjectSnapshot, repairs: Repair[]): ProjectSnapshot => {
  const repaired = applyRepairs(snapshot, repairs).snapshot;
  expect(checkProjectIntegrity(repaired, FILE)).toEqual({ problems: [], repairs: [] });
  return repaired;
};

describe('repairable files', () => {
  it('a sound file needs no repair', async () => {
    expect((await repairsAfter(() => undefined)).repairs).toEqual([]);
  });

  it('removes codings that point at a code that does not exist', async () => {
    const { repairs, snapshot } = await repairsAfter((project) => {
      project.tables.codings?.push(codingRow('g8', 's1', 'c-gone', 0, 5), codingRow('g9', 's1', 'c-gone', 6, 9));
    });
    expect(texts(repairs)).toEqual([
      'Coding g8 on "Interview s1" points at a code that does not exist (c-gone): it will be removed.',
      'Coding g9 on "Interview s1" points at a code that does not exist (c-gone): it will be removed.',
    ]);
    const repaired = expectSoundAfterRepair(snapshot, repairs);
    expect(repaired.tables.codings?.map((coding) => coding.id)).toEqual(['g1', 'g2', 'g3']);
  });

  it('removes a coding on a source that does not exist', async () => {
    const { repairs } = await repairsAfter((project) => project.tables.codings?.push(codingRow('g8', 's-gone', 'c-risk', 0, 5)));
    expect(texts(repairs)).toEqual(['Coding g8 points at a source that does not exist (s-gone): it will be removed.']);
  });

  it('shortens a coding that runs past the end of its text', async () => {
    const { repairs, snapshot } = await repairsAfter((project) => project.tables.codings?.push(codingRow('g8', 's2', 'c-risk', 20, 500)));
    expect(texts(repairs)).toEqual(['Coding g8 on "Interview s2" runs past the end of the text (500, the text has 38 characters): it will end where the text ends.']);
    expect(repairs[0].action).toEqual({ kind: 'shortenCoding', codingId: 'g8', end: 38 });
    const repaired = expectSoundAfterRepair(snapshot, repairs);
    expect(repaired.tables.codings?.find((coding) => coding.id === 'g8')).toMatchObject({ start: 20, end: 38 });
  });

  it('removes a coding that covers none of the text', async () => {
    const { repairs } = await repairsAfter((project) => project.tables.codings?.push(codingRow('g8', 's2', 'c-risk', 40, 60), codingRow('g9', 's2', 'c-risk', 7, 7)));
    expect(texts(repairs)).toEqual([
      'Coding g8 on "Interview s2" covers none of the text (40–60, the text has 38 characters): it will be removed.',
      'Coding g9 on "Interview s2" covers none of the text (7–7, the text has 38 characters): it will be removed.',
    ]);
  });

  it('removes memos about something that does not exist, including one about a coding another repair removes', async () => {
    const { repairs, snapshot } = await repairsAfter((project) => {
      project.tables.codings?.push(codingRow('g8', 's1', 'c-gone', 0, 5));
      project.tables.memos?.push(memoRow('m-g8', { kind: 'coding', id: 'g8' }), memoRow('m-display', { kind: 'display', id: 'd1' }), memoRow('m-gone', { kind: 'source', id: 's-gone' }));
    });
    expect(texts(repairs)).toEqual([
      'Coding g8 on "Interview s1" points at a code that does not exist (c-gone): it will be removed.',
      'Memo "Memo m-display" is about a display that does not exist (d1): it will be removed.',
      'Memo "Memo m-gone" is about a source that does not exist (s-gone): it will be removed.',
      'Memo "Memo m-g8" is about a coding that does not exist (g8): it will be removed.',
    ]);
    expect(expectSoundAfterRepair(snapshot, repairs).tables.memos?.map((memo) => memo.id)).toEqual(['m-g1', 'm-kin', 'm-project', 'm-s1']);
  });

  it('recomputes a memo\'s outdated target key', async () => {
    const { repairs } = await repairsAfter((project) => {
      project.tables.memos = project.tables.memos?.map((memo) => (memo.id === 'm-s1' ? { ...memo, targetKey: 'source:old' } : memo));
    });
    expect(texts(repairs)).toEqual(['Memo "Memo m-s1" has an outdated target key: it will be recomputed.']);
  });

  it('unlinks informants that do not exist from sources and speakers', async () => {
    const { repairs, snapshot } = await repairsAfter((project) => {
      project.tables.informants = project.tables.informants?.filter((informant) => informant.id !== 'i-budi');
    });
    expect(texts(repairs)).toEqual([
      'Source "Interview s1" lists an informant that does not exist (i-budi): the link will be removed.',
      'Source "Interview s1" links speaker "Budi" to an informant that does not exist (i-budi): the link will be removed.',
    ]);
    const s1 = expectSoundAfterRepair(snapshot, repairs).tables.sources?.find((source) => source.id === 's1');
    expect(s1).toMatchObject({ informantIds: ['i-dewi'], speakerLinks: { Dewi: 'i-dewi' } });
  });

  it('removes a source text that belongs to no source', async () => {
    const { repairs } = await repairsAfter((project) => project.tables.sourceTexts?.push({ sourceId: 's-gone', projectId: project.projectId, text: 'lost' }));
    expect(texts(repairs)).toEqual(['A source text belongs to no source (s-gone): it will be removed.']);
  });

  it('words the audit detail of the repairs it applied', async () => {
    const { repairs, snapshot } = await repairsAfter((project) => {
      project.tables.codings?.push(codingRow('g8', 's1', 'c-gone', 0, 5), codingRow('g9', 's2', 'c-risk', 20, 500));
      project.tables.informants = project.tables.informants?.filter((informant) => informant.id !== 'i-budi');
    });
    expect(applyRepairs(snapshot, repairs).auditDetail).toBe('unlinkInformant s1/i-budi; unlinkSpeaker s1/Budi; removeCoding g8; shortenCoding g9');
  });

  it('leaves the snapshot it was given unchanged', async () => {
    const { repairs, snapshot } = await repairsAfter((project) => project.tables.codings?.push(codingRow('g8', 's1', 'c-gone', 0, 5)));
    const before = structuredClone(snapshot);
    applyRepairs(snapshot, repairs);
    expect(snapshot).toEqual(before);
  });
});
