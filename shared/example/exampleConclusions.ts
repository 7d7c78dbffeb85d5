// The example's conclusions as rows (issue 10), from exampleConclusionContent.ts: each statement as rich text, its
// status with the reason, its evidence found by the phrases the example codes, disconfirming items resolved or not,
// the tactics logged, and the rival linked. A phrase that is not found stops the example (a test checks every one).
import { codePathNames, indexCodes } from '../codebook/index.ts';
import type { MatrixData } from '../analysis/matrixTypes.ts';
import { lexicalJsonFromPlainText } from '../model/memoContent.ts';
import { newId, type Code, type Conclusion, type EvidenceItem, type Id, type IsoInstant, type StatusChange } from '../model/index.ts';
import { EXAMPLE_CONCLUSIONS } from './exampleConclusionContent.ts';

export type ExampleConclusionInput = { projectId: Id; data: MatrixData; coderId: Id; at: IsoInstant };

const failure = (what: string): never => {
  throw new Error(`Example conclusion: ${what}`);
};

export const exampleConclusions = ({ projectId, data, coderId, at }: ExampleConclusionInput): Conclusion[] => {
  const byId = indexCodes(data.codes);
  const byPath = new Map<string, Code>(data.codes.map((code) => [codePathNames(byId, code.id).join(' / '), code]));
  const texts = new Map(data.sources.map((source) => [source.id, source.text]));
  const byQuote = new Map(data.codings.map((coding) => [texts.get(coding.sourceId)?.slice(coding.start, coding.end), coding]));
  const ids = new Map(EXAMPLE_CONCLUSIONS.map((content) => [content.key, newId()]));
  return EXAMPLE_CONCLUSIONS.map((content): Conclusion => {
    const code = content.code === null ? null : byPath.get(content.code.join(' / ')) ?? failure(`no code ${content.code.join(' / ')}`);
    const evidence = content.evidence.map((item): EvidenceItem => {
      const coding = byQuote.get(item.quote) ?? failure(`no coding of "${item.quote}"`);
      const disconfirming = item.disconfirming !== undefined;
      return {
        id: newId(), target: { kind: 'coding', codingId: coding.id }, stance: disconfirming ? 'disconfirming' : 'supporting', weightNote: item.weightNote ?? '',
        resolution: item.disconfirming === undefined || item.disconfirming === 'unresolved' ? null : item.disconfirming, addedBy: coderId, addedAt: at,
      };
    });
    // Drawn as tentative; raised with the reason when the content says so.
    const statusHistory: StatusChange[] = content.status === 'tentative'
      ? [{ status: 'tentative', reason: content.reason, coderId, at }]
      : [{ status: 'tentative', reason: '', coderId, at }, { status: content.status, reason: content.reason, coderId, at }];
    return {
      id: ids.get(content.key) ?? newId(), projectId, statement: { content: lexicalJsonFromPlainText(content.statement), plainText: content.statement },
      researchQuestionId: null, modelRole: code?.modelRole ?? null, codeIds: code === null ? [] : [code.id], displayIds: [], statusHistory, evidence,
      tactics: content.tactics.map((entry) => ({ id: newId(), ...entry, coderId, at })),
      rivalOfId: content.rivalOf === undefined ? null : ids.get(content.rivalOf) ?? failure(`no conclusion ${content.rivalOf}`), createdAt: at, updatedAt: at,
    };
  });
};
