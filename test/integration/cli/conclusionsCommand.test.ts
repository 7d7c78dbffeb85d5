// `caseweave conclusions` sums up each conclusion of a project file with the shared code: status, evidence for and
// against by source kind and role, triangulation status with its reason, lost evidence and the member-check tally —
// on the example file given two conclusions instead of its own (one over three interviews of three roles, one
// contested), as text and JSON; and the example's own conclusions, one of each status the rule gives, with the
// example's member checks counted.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConclusionSummary } from '../../../shared/analysis/index.ts';
import type { Conclusion, EvidenceItem } from '../../../shared/model/index.ts';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { runCli } from '../../support/runCli.ts';
import { readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();
const AT = '2025-06-01T10:00:00.000Z';

describe('caseweave conclusions', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    const [project] = snapshotRows(snapshot, 'projects');
    const coder = snapshotRows(snapshot, 'coders')[0];
    const sources = new Map(snapshotRows(snapshot, 'sources').map((source) => [source.id, source]));
    // One coding of each interview: three informants, three roles, one source kind.
    const interviewCodings = snapshotRows(snapshot, 'codings').filter((coding) => sources.get(coding.sourceId)?.kind === 'interview');
    const oneEach = [...new Map(interviewCodings.map((coding) => [coding.sourceId, coding])).values()];
    const item = (codingId: string, stance: EvidenceItem['stance'], index: number): EvidenceItem => ({
      id: `e${index}`, target: { kind: 'coding', codingId }, stance, weightNote: '', resolution: null, addedBy: coder.id, addedAt: AT,
    });
    const conclusion = (id: string, statement: string, evidence: EvidenceItem[]): Conclusion => ({
      id, projectId: project.id, statement: { content: '', plainText: statement }, researchQuestionId: null, modelRole: null, codeIds: [], displayIds: [],
      statusHistory: [{ status: 'supported', reason: 'Three interviews agree.', coderId: coder.id, at: AT }], evidence, tactics: [], rivalOfId: null,
      createdAt: AT, updatedAt: AT,
    });
    const rows = [
      conclusion('c1', 'Intermediaries open the first export markets.', oneEach.map((coding, index) => item(coding.id, 'supporting', index))),
      conclusion('c2', 'The association helps every maker alike.', [item(oneEach[0].id, 'supporting', 10), item(oneEach[1].id, 'disconfirming', 11), item('deleted-coding', 'supporting', 12)]),
    ];
    // Instead of the example's own conclusions.
    const own = snapshotRows(snapshot, 'conclusions').map((row) => row.id);
    const withConclusions = await commitToSnapshot(snapshot, { change: tableChange('conclusions', rows, own), audit: null }, { actor: coder, at: AT });
    await saveSnapshot(path('concluded.caseweave'), withConclusions);
    expect(oneEach).toHaveLength(3);
  });

  it('lists each conclusion with its triangulation status and reason, as JSON', async () => {
    const run = await runCli(['conclusions', path('concluded.caseweave'), '--json']);
    expect(run.code).toBe(0);
    const [first, second] = JSON.parse(run.stdout) as ConclusionSummary[];
    expect(first).toMatchObject({
      statement: 'Intermediaries open the first export markets.', status: 'supported',
      evidence: { supporting: 3, disconfirming: 0, unresolved: 0, lost: 0, bySourceKind: { interview: 3 } },
      triangulation: { status: 'partial', reason: 'no observation or document supports this', counts: { sourceKinds: 1, roles: 3, informants: 3 } },
      memberChecks: { checked: 2, informants: 3 },
    });
    expect(Object.values(first.evidence.byRole).reduce((sum, n) => sum + n, 0)).toBe(3);
    expect(second).toMatchObject({
      evidence: { supporting: 2, disconfirming: 1, unresolved: 1, lost: 1 },
      triangulation: { status: 'contested', label: 'Contested' },
    });
    expect(second.triangulation.reason).toMatch(/^1 disconfirming item is not resolved/);
  });

  it('sums up the example’s own conclusions: one single-source, one contested, the rival linked', async () => {
    const run = await runCli(['conclusions', path('example.caseweave'), '--json']);
    const summaries = JSON.parse(run.stdout) as ConclusionSummary[];
    expect(summaries).toHaveLength(6);
    const byStatement = (start: string) => summaries.find((summary) => summary.statement.startsWith(start));
    expect(byStatement('Buyers abroad want someone')?.triangulation.status).toBe('single-source');
    expect(byStatement('The association builds')?.triangulation.status).toBe('contested');
    expect(byStatement('The association mainly serves')?.rivalOfId).toBe(byStatement('The association builds')?.id);
    expect(summaries.every((summary) => summary.evidence.lost === 0)).toBe(true);
    // Harjo confirmed the networks conclusion and his transcript; the association's rests on Wulan's transcript, which
    // she corrected, and on Harjo's.
    expect(byStatement('Business networks were')?.memberChecks).toMatchObject({
      checked: 1, informants: 1, verdicts: [{ response: 'confirm', answeredOn: '2024-05-13' }, { response: 'confirm', answeredOn: '2024-05-13' }],
    });
    expect(byStatement('The association builds')?.memberChecks).toMatchObject({
      checked: 2, verdicts: [{ response: 'correct', answeredOn: '2024-05-09' }, { response: 'confirm', answeredOn: '2024-05-13' }],
    });
  });

  it('writes the same as text, and says when there are none', async () => {
    const run = await runCli(['conclusions', path('concluded.caseweave')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. Intermediaries open the first export markets.');
    expect(run.stdout).toContain('Supported · Partly triangulated: no observation or document supports this');
    // The example's Wulan corrected her transcript and Harjo confirmed his: both transcripts hold a coding c1 uses.
    expect(run.stdout).toContain('member-checked by 2 of 3 informants whose words it uses\n     Wulan: corrected (the transcript), May 9, 2024\n     Harjo: confirmed (the transcript), May 13, 2024\n');
    expect(run.stdout).toContain('1 evidence item points at something deleted');
    expect((await runCli(['new', 'Empty study', '-o', path('new.caseweave')])).code).toBe(0);
    expect(await runCli(['conclusions', path('new.caseweave')])).toEqual({ code: 0, stdout: 'This project has no conclusions yet.\n', stderr: '' });
  });
});
