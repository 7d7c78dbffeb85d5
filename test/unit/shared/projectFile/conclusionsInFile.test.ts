// The conclusions in a project file (format 3): they and the project's triangulation rule travel and come back the
// same; evidence naming rows that are gone is kept (never removed silently) while a rival of nothing is repaired to
// null with the user's agreement; a damaged conclusion refuses the file; a copy renews the ids a conclusion holds
// through the same map as the rows they name; the coders of its history travel with it.
import { describe, expect, it } from 'vitest';
import type { Conclusion, EvidenceItem, EvidenceTarget } from '../../../../shared/model/index.ts';
import { DEFAULT_TRIANGULATION_RULE, triangulationRuleOf } from '../../../../shared/model/index.ts';
import {
  applyRepairs, checkProjectIntegrity, projectFileMessageText, readProjectFile, referencedCoderIds, reidentifySnapshot, writeProjectFile,
  type ProjectSnapshot,
} from '../../../../shared/projectFile/index.ts';
import { AT, FILE, META, PROJECT_ID, rowSet, smallSnapshot } from './projectFileFixture.ts';

const evidence = (id: string, target: EvidenceTarget, stance: EvidenceItem['stance'] = 'supporting'): EvidenceItem => ({
  id, target, stance, weightNote: '', resolution: null, addedBy: 'coder-ana', addedAt: AT,
});

const conclusionRow = (id: string, items: EvidenceItem[], rivalOfId: string | null = null): Conclusion => ({
  id, projectId: PROJECT_ID, statement: { content: '{}', plainText: `Conclusion ${id}` }, researchQuestionId: 'rq1', modelRole: null,
  codeIds: ['c-kin'], displayIds: [], statusHistory: [{ status: 'tentative', reason: '', coderId: 'coder-dita', at: AT }], evidence: items,
  tactics: [{ id: 't1', tactic: 'negative-evidence', outcome: 'none-found', note: '', coderId: 'coder-budi', at: AT }], rivalOfId, createdAt: AT, updatedAt: AT,
});

/** The small project with a triangulation rule, a conclusion evidenced by a coding, a cell key and a memo, and its rival. */
const withConclusions = (conclusions?: Conclusion[]): ProjectSnapshot => {
  const base = smallSnapshot();
  const projects = base.tables.projects?.map((row) => ({ ...row, settings: { ...row.settings, triangulationRule: { minSourceKinds: 1, minRoles: 2, minInformants: 2 } } }));
  return {
    projectId: base.projectId,
    tables: {
      ...base.tables, projects,
      conclusions: conclusions ?? [
        conclusionRow('k1', [
          evidence('e1', { kind: 'coding', codingId: 'g2' }),
          evidence('e2', { kind: 'cell', displayId: 'd-gone', cellKey: JSON.stringify(['i-dewi', 'c-kin']) }),
          evidence('e3', { kind: 'memo', memoId: 'm-g1' }, 'disconfirming'),
        ]),
        conclusionRow('k2', [], 'k1'),
      ],
    },
  };
};

const read = async (snapshot: ProjectSnapshot) => {
  const reading = await readProjectFile(await writeProjectFile(snapshot, META), { fileName: FILE });
  if (!reading.ok) throw new Error(reading.problem.key);
  return reading;
};

describe('conclusions in a project file', () => {
  it('round-trips the conclusions and the triangulation rule', async () => {
    const snapshot = withConclusions();
    const reading = await read(snapshot);
    expect(reading.repairs).toEqual([]);
    expect(rowSet(reading.snapshot.tables.conclusions)).toEqual(rowSet(snapshot.tables.conclusions));
    const [project] = reading.snapshot.tables.projects ?? [];
    expect(triangulationRuleOf(project)).toEqual({ minSourceKinds: 1, minRoles: 2, minInformants: 2 });
    expect(triangulationRuleOf(smallSnapshot().tables.projects?.[0] ?? project)).toEqual(DEFAULT_TRIANGULATION_RULE);
  });

  it('carries the coders of a conclusion\'s history, evidence and tactics', () => {
    const ids = referencedCoderIds(withConclusions());
    expect([ids.has('coder-dita'), ids.has('coder-budi')]).toEqual([true, true]);
    expect(referencedCoderIds(withConclusions([])).has('coder-dita')).toBe(false);
  });

  it('keeps evidence naming rows that are gone, and repairs a rival of nothing (or of itself) to none', async () => {
    const snapshot = withConclusions([
      conclusionRow('k1', [evidence('e1', { kind: 'coding', codingId: 'g-gone' }), evidence('e2', { kind: 'memo', memoId: 'm-gone' })], 'k-gone'),
      conclusionRow('k2', [], 'k2'),
      conclusionRow('k3', [], 'k1'),
    ]);
    const { problems, repairs } = checkProjectIntegrity(snapshot, FILE);
    expect(problems).toEqual([]);
    expect(repairs.map((repair) => repair.action)).toEqual([{ kind: 'clearRival', conclusionId: 'k1' }, { kind: 'clearRival', conclusionId: 'k2' }]);
    expect(projectFileMessageText(repairs[0].message, 'en')).toBe('Conclusion "Conclusion k1" is marked as the rival of a conclusion that does not exist (k-gone): it will be a rival of nothing.');
    const repaired = applyRepairs(snapshot, repairs);
    expect(repaired.auditDetail).toBe('clearRival k1 k2');
    expect(repaired.snapshot.tables.conclusions?.map((row) => [row.id, row.rivalOfId, row.evidence.length])).toEqual([['k1', null, 2], ['k2', null, 0], ['k3', 'k1', 0]]);
    expect(checkProjectIntegrity(repaired.snapshot, FILE)).toEqual({ problems: [], repairs: [] });
  });

  const faults: [string, Partial<Conclusion>, string][] = [
    ['no status history', { statusHistory: [] }, 'no status history'],
    ['two evidence items of one id', { evidence: [evidence('e1', { kind: 'coding', codingId: 'g1' }), evidence('e1', { kind: 'coding', codingId: 'g2' })] }, 'two evidence items with the id e1'],
  ];
  it.each(faults)('refuses a conclusion with %s', (_, fault, detail) => {
    const snapshot = withConclusions([{ ...conclusionRow('k1', []), ...fault }]);
    const { problems } = checkProjectIntegrity(snapshot, FILE);
    expect(problems.map((problem) => projectFileMessageText(problem, 'en'))).toEqual([`${FILE}: conclusion k1 in tables/conclusions.json is damaged (${detail}).`]);
  });

  it('a copy renews the conclusion, its rival, question and codes, and every evidence target through the same ids as their rows', () => {
    const snapshot = withConclusions();
    const copy = reidentifySnapshot(snapshot, (() => {
      let next = 0;
      return () => `new-${(next += 1)}`;
    })());
    const idOf = <T extends { id: string }>(rows: readonly T[] | undefined, find: (row: T) => boolean): string | undefined => rows?.find(find)?.id;
    const [k1, k2] = copy.tables.conclusions ?? [];
    expect(k2.rivalOfId).toBe(k1.id);
    expect(k1.id).not.toBe('k1');
    expect(k1.projectId).toBe(copy.projectId);
    expect(k1.researchQuestionId).toBe(copy.tables.projects?.[0].researchQuestions[0].id);
    expect(k1.codeIds).toEqual([idOf(copy.tables.codes, (code) => code.name === 'Kin')]);
    const [coding, cell, memo] = k1.evidence.map((item) => item.target);
    expect(coding).toEqual({ kind: 'coding', codingId: idOf(copy.tables.codings, (row) => row.start === 64) });
    expect(memo).toEqual({ kind: 'memo', memoId: idOf(copy.tables.memos, (row) => row.target.kind === 'coding') });
    const dewi = idOf(copy.tables.informants, (row) => row.pseudonym === 'Dewi');
    expect(cell.kind === 'cell' && JSON.parse(cell.cellKey)).toEqual([dewi, k1.codeIds[0]]);
    expect(cell.kind === 'cell' && cell.displayId).not.toBe('d-gone');
    expect(checkProjectIntegrity(copy, FILE)).toEqual({ problems: [], repairs: [] });
  });
});
