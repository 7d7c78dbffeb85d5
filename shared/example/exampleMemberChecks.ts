// The example's member checks (issue 10): Pak Harjo was given his interview transcript and the conclusion about
// business networks and confirmed both; Bu Wulan was sent her transcript and corrected the year the association
// started, which led to a transcript correction — the file the example ships is the corrected transcript, and the trail
// holds that correction's event at the instant her record's outcome names (its detail the corrected word count, as
// correction mode writes it).
import type { AuditEvent, Conclusion, Id, Informant, IsoInstant, MemberCheck, MemberCheckItem, Source } from '../model/index.ts';
import { newId } from '../model/index.ts';
import { correctionDetail } from '../project/sourceRows.ts';

export type ExampleMemberCheckInput = {
  projectId: Id;
  informants: readonly Informant[];
  /** The example's sources by the file they were imported from. */
  sources: ReadonlyMap<string, Pick<Source, 'id' | 'title' | 'text'>>;
  /** The example's conclusions with the key of their content (exampleConclusionContent.ts). */
  conclusions: ReadonlyMap<string, Pick<Conclusion, 'id'>>;
  coderId: Id;
  at: IsoInstant;
};

const failure = (what: string): never => {
  throw new Error(`Example member check: ${what}`);
};

const item = (target: MemberCheckItem['target'], response: MemberCheckItem['response'], comment: string, outcomes: MemberCheckItem['outcomes']): MemberCheckItem =>
  ({ id: newId(), target, response, comment, outcomes });

/** The member-check rows and the audit event of the transcript correction one of them led to. */
export const exampleMemberChecks = ({ projectId, informants, sources, conclusions, coderId, at }: ExampleMemberCheckInput): {
  memberChecks: MemberCheck[];
  correction: AuditEvent;
} => {
  const informant = (pseudonym: string) => informants.find((candidate) => candidate.pseudonym === pseudonym) ?? failure(`no informant ${pseudonym}`);
  const source = (fileName: string) => sources.get(fileName) ?? failure(`no source ${fileName}`);
  const networks = conclusions.get('networks') ?? failure('no conclusion networks');
  const harjoInterview = source('owner-interview-harjo.txt');
  const wulanInterview = source('association-interview-wulan.vtt');
  const record = (fields: Pick<MemberCheck, 'informantId' | 'sentOn' | 'answeredOn' | 'mode' | 'language' | 'items' | 'words'>): MemberCheck =>
    ({ id: newId(), projectId, ...fields, wordsSourceId: null, createdAt: at, updatedAt: at });
  const harjo = record({
    informantId: informant('Harjo').id, sentOn: '2024-05-13', answeredOn: '2024-05-13', mode: 'in-person', language: 'id',
    items: [
      item({ kind: 'transcript', sourceId: harjoInterview.id }, 'confirm', 'Read the transcript with him at the workshop; he found it right.', [
        { kind: 'kept', reason: 'He confirmed the transcript as it stands.' },
      ]),
      item({ kind: 'conclusions', conclusionIds: [networks.id] }, 'confirm', 'Agreed that traders and visitors brought his first exports.', [
        { kind: 'kept', reason: 'Confirmed by the owner whose account it rests on; the statement stays as drawn.' },
      ]),
    ],
    words: 'Betul, begitu ceritanya. Pedagang dari Surabaya itu yang pertama membawa kendang saya ke luar negeri, bukan usaha saya sendiri.',
  });
  const wulan = record({
    informantId: informant('Wulan').id, sentOn: '2024-05-06', answeredOn: '2024-05-09', mode: 'whatsapp', language: 'en',
    items: [
      item({ kind: 'transcript', sourceId: wulanInterview.id }, 'correct', 'The transcript said the association started in 2010; it started in 2012.', [
        { kind: 'transcript-correction', sourceId: wulanInterview.id, correctedAt: at, note: 'The founding year corrected from 2010 to 2012.' },
      ]),
    ],
    words: 'Thank you for the transcript. One correction: we started in 2012, not 2010. I remember because it was the year of the big flood. The rest is what I said.',
  });
  const correction: AuditEvent = {
    projectId, at, actorId: coderId, action: 'correct', objectType: 'source', objectId: wulanInterview.id, detail: correctionDetail(wulanInterview.title, wulanInterview.text),
  };
  return { memberChecks: [harjo, wulan], correction };
};
