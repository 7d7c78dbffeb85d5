// The import review's speaker actions, as pure steps over the review's rows: link a detected speaker to an
// informant, or make a new informant from a speaker — linked wherever that speaker is unlinked in the batch. The
// new informants are only kept in the review; they are stored with the first file that links them.
import type { Id, Informant } from '../../../shared/model/index.ts';
import { speakerKey } from '../../../shared/import/speakerMatching.ts';
import type { PendingInformant } from '../../data/importBatch.ts';
import type { ReviewRow } from './useImportFlow.ts';

export type ReviewSpeakers = { rows: ReviewRow[]; newInformants: PendingInformant[] };

const withLink = (row: ReviewRow, speaker: string, informantId: Id | null): ReviewRow => {
  const speakerLinks = { ...row.meta.speakerLinks };
  if (informantId === null) {
    delete speakerLinks[speaker];
    return { ...row, meta: { ...row.meta, speakerLinks } };
  }
  speakerLinks[speaker] = informantId;
  const informantIds = row.meta.informantIds.includes(informantId) ? row.meta.informantIds : [...row.meta.informantIds, informantId];
  return { ...row, meta: { ...row.meta, speakerLinks, informantIds } };
};

/** Links (or, with null, unlinks) one speaker of one file; a linked informant joins the file's informants. */
export const linkReviewSpeaker = (rows: ReviewRow[], rowId: number, speaker: string, informantId: Id | null): ReviewRow[] =>
  rows.map((row) => (row.rowId === rowId ? withLink(row, speaker, informantId) : row));

/**
 * Makes an informant of `speaker` of file `rowId` and links it there and wherever the same speaker (honorifics
 * aside: "Pak Hadi" is "Hadi") is unlinked in the batch. An informant of the project, or one made earlier in this
 * review, with that name is linked instead of making a second.
 */
export const informantFromSpeaker = (
  state: ReviewSpeakers, rowId: number, speaker: string, projectInformants: readonly Informant[], makeId: () => Id,
): ReviewSpeakers => {
  const key = speakerKey(speaker);
  const known = [...projectInformants, ...state.newInformants].find((informant) => speakerKey(informant.pseudonym) === key);
  const pseudonym = speaker.trim().replace(/\s+/g, ' ');
  const informant = known ?? { id: makeId(), pseudonym, role: '' };
  const newInformants = known === undefined ? [...state.newInformants, { id: informant.id, pseudonym, role: '' }] : state.newInformants;
  const rows = state.rows.map((row) => {
    if (row.rowId === rowId) return withLink(row, speaker, informant.id);
    const same = row.source.speakers.find((label) => speakerKey(label) === key && row.meta.speakerLinks?.[label] === undefined);
    return same === undefined ? row : withLink(row, same, informant.id);
  });
  return { rows, newInformants };
};
