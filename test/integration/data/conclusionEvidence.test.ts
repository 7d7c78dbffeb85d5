// The passage side of conclusions (renderer/data/conclusionEvidence.ts) on real Dexie over the seeded example: a
// conclusion drawn from the Add-as-evidence dialog's statement carries the evidence (undo takes the evidence back,
// then the conclusion), the index names the conclusions each coding and cell is evidence of with its stance, the
// picker's word search, and the codings a search hit may offer (those sharing a character with it).
import { describe, expect, it } from 'vitest';
import { seededExample } from './displayTestData.ts';
import { addEvidence, getConclusion, listConclusions } from '../../../renderer/data/conclusions.ts';
import {
  addEvidenceToNewConclusion, cellEvidenceKey, codingsOverlapping, indexEvidence, matchConclusions, namedCodingsOfSource,
} from '../../../renderer/data/conclusionEvidence.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';

const exampleCodings = async () => {
  const { db, project } = await seededExample();
  const [first, second] = await db.codings.where('projectId').equals(project.id).limit(2).toArray();
  const display = await db.displays.where('projectId').equals(project.id).first();
  if (!first || !second || !display) throw new Error('the example lacks codings or a display');
  return { db, project, first, second, display };
};

describe('conclusion evidence', () => {
  it('draws a conclusion from a typed statement with the evidence on it, undone step by step', async () => {
    const { db, project, first } = await exampleCodings();
    const undo = new UndoManager();
    const before = (await listConclusions(db, project.id)).map((conclusion) => conclusion.id);
    const drawn = await addEvidenceToNewConclusion(db, project.id, '  Buyers reshape designs ', { kind: 'coding', codingId: first.id }, 'supporting', ' observed ', undo);
    expect(drawn.statement.plainText).toBe('Buyers reshape designs');
    expect(drawn.statement.content).not.toBe('');
    expect(drawn.evidence.map((item) => [item.target, item.stance, item.weightNote])).toEqual([[{ kind: 'coding', codingId: first.id }, 'supporting', 'observed']]);
    expect((await getConclusion(db, drawn.id))?.evidence).toHaveLength(1);

    await undo.undo();
    expect((await getConclusion(db, drawn.id))?.evidence).toEqual([]);
    await undo.undo();
    expect(await getConclusion(db, drawn.id)).toBeUndefined();
    expect((await listConclusions(db, project.id)).map((conclusion) => conclusion.id)).toEqual(before);
  });

  it('refuses an empty statement and leaves no conclusion behind', async () => {
    const { db, project, first } = await exampleCodings();
    const before = await listConclusions(db, project.id);
    await expect(addEvidenceToNewConclusion(db, project.id, '   ', { kind: 'coding', codingId: first.id }, 'supporting', '')).rejects.toThrow();
    expect(await listConclusions(db, project.id)).toEqual(before);
  });

  it('indexes which conclusions each coding and cell is evidence of, with the stance', async () => {
    const { db, project, first, second, display } = await exampleCodings();
    const one = await addEvidenceToNewConclusion(db, project.id, 'Buyers reshape designs', { kind: 'coding', codingId: first.id }, 'supporting', '');
    const two = await addEvidenceToNewConclusion(db, project.id, 'Peers teach export', { kind: 'coding', codingId: first.id }, 'disconfirming', '');
    await addEvidence(db, one.id, { kind: 'cell', displayId: display.id, cellKey: 'k' }, 'supporting', '');
    // The example's own conclusions hold codings too: only the two drawn here are looked at.
    const index = indexEvidence((await listConclusions(db, project.id)).filter((conclusion) => conclusion.id === one.id || conclusion.id === two.id));
    expect(index.byCoding.get(first.id)).toEqual([
      { conclusionId: one.id, statement: 'Buyers reshape designs', stance: 'supporting', status: 'tentative' },
      { conclusionId: two.id, statement: 'Peers teach export', stance: 'disconfirming', status: 'tentative' },
    ]);
    expect(index.byCoding.get(second.id)).toBeUndefined();
    expect(index.byCell.get(cellEvidenceKey(display.id, 'k'))?.map((badge) => badge.conclusionId)).toEqual([one.id]);
    expect(index.byCell.get(cellEvidenceKey(display.id, 'other'))).toBeUndefined();
  });

  it('finds conclusions by every word of the query, in any case', async () => {
    const { db, project, first } = await exampleCodings();
    const drawn = new Set([
      (await addEvidenceToNewConclusion(db, project.id, 'Buyers reshape designs', { kind: 'coding', codingId: first.id }, 'supporting', '')).id,
      (await addEvidenceToNewConclusion(db, project.id, 'Peers teach export designs', { kind: 'coding', codingId: first.id }, 'supporting', '')).id,
    ]);
    // The example's own conclusions are left out, but for the last check: no statement of theirs has "peers teach".
    const all = (await listConclusions(db, project.id)).filter((conclusion) => drawn.has(conclusion.id));
    const statements = (query: string) => matchConclusions(all, query).map((conclusion) => conclusion.statement.plainText);
    expect(statements('')).toEqual(['Buyers reshape designs', 'Peers teach export designs']);
    expect(matchConclusions(await listConclusions(db, project.id), 'PEERS teach').map((conclusion) => conclusion.statement.plainText)).toEqual(['Peers teach export designs']);
    expect(statements('DESIGNS')).toEqual(['Buyers reshape designs', 'Peers teach export designs']);
    expect(statements('designs peers')).toEqual(['Peers teach export designs']);
    expect(statements('mahogany')).toEqual([]);
  });

  it('offers a search hit the codings that share a character with it, named by their codes', async () => {
    const { db, first } = await exampleCodings();
    const codings = await namedCodingsOfSource(db, first.sourceId);
    const code = await db.codes.get(first.codeId);
    expect(codings.find((coding) => coding.id === first.id)?.codeName).toBe(code?.name);
    expect(codingsOverlapping(codings, first.start, first.start + 1).map((coding) => coding.id)).toContain(first.id);
    expect(codingsOverlapping(codings, first.end - 1, first.end + 3).map((coding) => coding.id)).toContain(first.id);
    expect(codingsOverlapping(codings, first.end, first.end + 1).map((coding) => coding.id)).not.toContain(first.id);
    expect(codingsOverlapping(codings, first.start - 2, first.start).map((coding) => coding.id)).not.toContain(first.id);
  });
});
