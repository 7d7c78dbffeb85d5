// A copy of a project with fresh ids for every row and every reference to one, so a file can be opened beside
// the project it came from ("open as a copy") without a single id shared between the two. Coders keep their ids:
// they are the installation's people, the same ones in both copies.
import { memoTargetKey, newId as randomId, type Id, type MemoTarget } from '../model/index.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';
import { renewConclusions } from './reidentifyConclusions.ts';
import { renewMemberChecks } from './reidentifyMemberChecks.ts';
import { renewDisplays, renewRelations, renewSummarySheets, type Renewal } from './reidentifyDisplays.ts';

/**
 * `newId` makes each fresh id (random UUIDs by default). Every old id maps to one new id, whatever refers to it;
 * audit events about rows since deleted get fresh ids too, consistently.
 */
export const reidentifySnapshot = (snapshot: ProjectSnapshot, newId: () => Id = randomId): ProjectSnapshot => {
  const fresh = new Map<Id, Id>();
  const renew = (id: Id): Id => {
    let mapped = fresh.get(id);
    if (mapped === undefined) {
      mapped = newId();
      fresh.set(id, mapped);
    }
    return mapped;
  };
  const projectId = renew(snapshot.projectId);
  // Spread, not rebuilt: a source target keeps its range.
  const renewTarget = (target: MemoTarget): MemoTarget => (target.kind === 'project' ? target : { ...target, id: renew(target.id) });
  const renewLinks = (links: Record<string, Id>): Record<string, Id> =>
    Object.fromEntries(Object.entries(links).map(([speaker, informantId]) => [speaker, renew(informantId)]));

  // Rows first, so their new ids come in row order; references then find them.
  const projects = snapshotRows(snapshot, 'projects').map((project) => ({
    ...project, id: renew(project.id), researchQuestions: project.researchQuestions.map((question) => ({ ...question, id: renew(question.id) })),
  }));
  const informants = snapshotRows(snapshot, 'informants').map((informant) => ({ ...informant, id: renew(informant.id), projectId }));
  const sources = snapshotRows(snapshot, 'sources').map((source) => ({
    ...source, id: renew(source.id), projectId, informantIds: source.informantIds.map(renew), speakerLinks: renewLinks(source.speakerLinks),
  }));
  const sourceTexts = snapshotRows(snapshot, 'sourceTexts').map((row) => ({ ...row, sourceId: renew(row.sourceId), projectId }));
  const sourceOriginals = snapshotRows(snapshot, 'sourceOriginals').map((row) => ({ ...row, sourceId: renew(row.sourceId), projectId }));
  const codes = snapshotRows(snapshot, 'codes').map((code) => ({
    ...code, id: renew(code.id), projectId, parentId: code.parentId === null ? null : renew(code.parentId),
    ...(code.anchorCodingId === undefined ? {} : { anchorCodingId: code.anchorCodingId === null ? null : renew(code.anchorCodingId) }),
  }));
  const codings = snapshotRows(snapshot, 'codings').map((coding) => ({
    ...coding, id: renew(coding.id), projectId, sourceId: renew(coding.sourceId), codeId: renew(coding.codeId),
  }));
  const memos = snapshotRows(snapshot, 'memos').map((memo) => {
    const target = renewTarget(memo.target);
    return { ...memo, id: renew(memo.id), projectId, target, targetKey: memoTargetKey(target) };
  });
  // After every row above has its fresh id: the ids inside the displays' cell keys are told apart from roles by them.
  const renewal: Renewal = { renew, renewIfKnown: (value) => fresh.get(value) ?? value };
  const displays = renewDisplays(snapshotRows(snapshot, 'displays'), projectId, renewal);
  const relations = renewRelations(snapshotRows(snapshot, 'relations'), projectId, renewal);
  const summarySheets = renewSummarySheets(snapshotRows(snapshot, 'summarySheets'), projectId, renewal);
  const conclusions = renewConclusions(snapshotRows(snapshot, 'conclusions'), projectId, renewal);
  const memberChecks = renewMemberChecks(snapshotRows(snapshot, 'memberChecks'), projectId, renewal);
  const auditEvents = snapshotRows(snapshot, 'auditEvents').map((event) => ({ ...event, projectId, objectId: renew(event.objectId) }));
  return {
    projectId,
    tables: {
      ...snapshot.tables, projects, informants, sources, sourceTexts, sourceOriginals, codes, codings, memos, displays, relations, summarySheets,
      conclusions, memberChecks, auditEvents,
    },
  };
};
