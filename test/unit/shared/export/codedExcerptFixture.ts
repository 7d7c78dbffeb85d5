// Coded excerpts as the retrieval hands them to the exports, for the export builders' tests.
import type { CodedExcerpt } from '../../../../shared/export/index.ts';

export const codedExcerpt = (codePath: string, text: string, informants: CodedExcerpt['informants'], extra: Partial<CodedExcerpt> = {}): CodedExcerpt => ({
  coding: { id: `${codePath}-${text}`, projectId: 'p', sourceId: 's1', codeId: 'c', start: 0, end: text.length, coderId: 'ana', createdAt: '' },
  codePath, text, sourceId: 's1', sourceTitle: 'Interview with Pak Harjo', sourceKind: 'interview', speakers: ['Pak Harjo'], informants,
  roles: informants.map((person) => person.role), paragraphs: { first: 3, last: 3 }, timestamp: null, coderName: 'Ana', memo: '', ...extra,
});

export const harjo = { id: 'h', pseudonym: 'Harjo', role: 'owner' };
export const rina = { id: 'r', pseudonym: 'Rina', role: 'diaspora actor' };
