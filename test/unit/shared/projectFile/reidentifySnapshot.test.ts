// Opening a file as a copy: every row and every reference gets a fresh id, consistently, and nothing of the copy
// shares an id with the original except the installation's coders.
import { describe, expect, it } from 'vitest';
import type { Memo } from '../../../../shared/model/index.ts';
import { checkProjectIntegrity, readProjectFile, reidentifySnapshot, writeProjectFile, type ProjectSnapshot } from '../../../../shared/projectFile/index.ts';
import { FILE, META, smallSnapshot } from './projectFileFixture.ts';

/** Every id a snapshot's rows hold or refer to, coders aside. */
const idsOf = (snapshot: ProjectSnapshot): Set<string> => {
  const { tables } = snapshot;
  const target = (memo: Memo): string[] => (memo.target.kind === 'project' ? [] : [memo.target.id]);
  return new Set([
    snapshot.projectId,
    ...(tables.projects ?? []).flatMap((project) => [project.id, ...project.researchQuestions.map((question) => question.id)]),
    ...(tables.informants ?? []).flatMap((row) => [row.id, row.projectId]),
    ...(tables.sources ?? []).flatMap((row) => [row.id, row.projectId, ...row.informantIds, ...Object.values(row.speakerLinks)]),
    ...(tables.sourceTexts ?? []).flatMap((row) => [row.sourceId, row.projectId]),
    ...(tables.codes ?? []).flatMap((row) => [row.id, row.projectId, ...(row.parentId === null ? [] : [row.parentId])]),
    ...(tables.codings ?? []).flatMap((row) => [row.id, row.projectId, row.sourceId, row.codeId]),
    ...(tables.memos ?? []).flatMap((row) => [row.id, row.projectId, ...target(row)]),
    ...(tables.auditEvents ?? []).flatMap((row) => [row.projectId, row.objectId]),
  ]);
};

const counter = (): (() => string) => {
  let next = 0;
  return () => `new-${(next += 1)}`;
};

describe('reidentifySnapshot', () => {
  it('shares no id with the original', () => {
    const original = smallSnapshot();
    const copy = reidentifySnapshot(original);
    const originalIds = idsOf(original);
    expect([...idsOf(copy)].filter((id) => originalIds.has(id))).toEqual([]);
  });

  it('keeps every reference consistent: the copy passes the integrity check with nothing to repair', () => {
    const copy = reidentifySnapshot(smallSnapshot(), counter());
    expect(checkProjectIntegrity(copy, FILE)).toEqual({ problems: [], repairs: [] });
  });

  it('maps each old id to one new id wherever it appears', () => {
    const copy = reidentifySnapshot(smallSnapshot(), counter());
    const source = copy.tables.sources?.find((row) => row.title === 'Interview s1');
    const dewi = copy.tables.informants?.find((row) => row.pseudonym === 'Dewi');
    expect(source?.speakerLinks.Dewi).toBe(dewi?.id);
    expect(source?.informantIds).toContain(dewi?.id);
    const kin = copy.tables.codes?.find((code) => code.name === 'Kin');
    const trust = copy.tables.codes?.find((code) => code.name === 'Trust');
    expect(kin?.parentId).toBe(trust?.id);
    expect(copy.tables.memos?.find((memo) => memo.title === 'Memo m-kin')?.targetKey).toBe(`code:${kin?.id}`);
    expect(copy.tables.auditEvents?.find((event) => event.action === 'create' && event.detail === 'create' && event.id === 7)?.objectId).toBe(kin?.id);
    expect(copy.tables.projects?.[0].id).toBe(copy.projectId);
  });

  it('keeps the coders, who are the same people in both copies', () => {
    const copy = reidentifySnapshot(smallSnapshot(), counter());
    expect(copy.tables.coders).toEqual(smallSnapshot().tables.coders);
    expect(copy.tables.codings?.map((coding) => coding.coderId).sort()).toEqual(['coder-ana', 'coder-ana', 'coder-budi']);
  });

  it('leaves the text, the offsets and the names as they were', () => {
    const original = smallSnapshot();
    const copy = reidentifySnapshot(original, counter());
    expect(copy.tables.sourceTexts?.map((row) => row.text)).toEqual(original.tables.sourceTexts?.map((row) => row.text));
    expect(copy.tables.codings?.map(({ start, end }) => [start, end])).toEqual(original.tables.codings?.map(({ start, end }) => [start, end]));
  });

  it('gives a copy that writes and reads back as a sound file', async () => {
    const reading = await readProjectFile(await writeProjectFile(reidentifySnapshot(smallSnapshot()), META), { fileName: FILE });
    expect(reading.ok && reading.repairs).toEqual([]);
  });
});
