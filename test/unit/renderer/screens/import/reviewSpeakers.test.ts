// The import review's speaker actions: a new informant made from a detected speaker is linked to that speaker in
// every file of the batch where the same label speaks unlinked; linking by hand lists the informant on the file.
import { describe, expect, it } from 'vitest';
import type { Informant } from '../../../../../shared/model/index.ts';
import type { ReviewRow } from '../../../../../renderer/screens/import/useImportFlow.ts';
import { informantFromSpeaker, linkReviewSpeaker } from '../../../../../renderer/screens/import/reviewSpeakers.ts';

const row = (rowId: number, speakers: string[], speakerLinks: Record<string, string> = {}): ReviewRow => ({
  rowId,
  include: true,
  duplicateOf: null,
  original: null,
  input: { fileName: `f${rowId}.txt`, bytes: new Uint8Array([0x61]) },
  choices: {},
  reparseError: null,
  source: {
    fileName: `f${rowId}.txt`, format: 'txt', title: `F${rowId}`, text: '', turns: [], speakers, kind: 'interview',
    date: null, language: 'en', sha256: String(rowId), byteSize: 1,
  },
  meta: { kind: 'interview', title: `F${rowId}`, informantIds: Object.values(speakerLinks), date: null, language: 'en', speakerLinks },
});

const existing = (id: string, pseudonym: string): Informant =>
  ({ id, projectId: 'p', pseudonym, role: '', attributes: {}, realName: null, createdAt: '', updatedAt: '' });

describe('informantFromSpeaker', () => {
  it('makes one new informant and links it wherever the same speaker is unlinked in the batch', () => {
    const rows = [row(1, ['Interviewer', 'Pak Hadi']), row(2, ['Hadi']), row(3, ['Pak Hadi'], { 'Pak Hadi': 'x' }), row(4, ['Dewi'])];
    const next = informantFromSpeaker({ rows, newInformants: [] }, 1, 'Pak Hadi', [], () => 'new-1');
    expect(next.newInformants).toEqual([{ id: 'new-1', pseudonym: 'Pak Hadi', role: '' }]);
    expect(next.rows.map((r) => r.meta.speakerLinks)).toEqual([{ 'Pak Hadi': 'new-1' }, { Hadi: 'new-1' }, { 'Pak Hadi': 'x' }, {}]);
    expect(next.rows.map((r) => r.meta.informantIds)).toEqual([['new-1'], ['new-1'], ['x'], []]);
  });

  it('reuses a new informant already made for that speaker, and links an informant of the project with that pseudonym', () => {
    const first = informantFromSpeaker({ rows: [row(1, ['Pak Hadi']), row(2, ['Pak Hadi'])], newInformants: [] }, 1, 'Pak Hadi', [], () => 'new-1');
    const unlinked = { ...first, rows: linkReviewSpeaker(first.rows, 2, 'Pak Hadi', null) };
    const again = informantFromSpeaker(unlinked, 2, 'Pak Hadi', [], () => 'new-2');
    expect(again.newInformants.map((informant) => informant.id)).toEqual(['new-1']);
    expect(again.rows[1].meta.speakerLinks).toEqual({ 'Pak Hadi': 'new-1' });

    const known = informantFromSpeaker({ rows: [row(1, ['dewi'])], newInformants: [] }, 1, 'dewi', [existing('d', 'Dewi')], () => 'new-3');
    expect(known.newInformants).toEqual([]);
    expect(known.rows[0].meta.speakerLinks).toEqual({ dewi: 'd' });
  });
});

describe('linkReviewSpeaker', () => {
  it('links a speaker (listing the informant once) and unlinks it, leaving the file’s informants alone', () => {
    const linked = linkReviewSpeaker([row(1, ['R1', 'R2'], { R2: 'a' })], 1, 'R1', 'a');
    expect(linked[0].meta).toMatchObject({ speakerLinks: { R1: 'a', R2: 'a' }, informantIds: ['a'] });
    const unlinked = linkReviewSpeaker(linked, 1, 'R1', null);
    expect(unlinked[0].meta).toMatchObject({ speakerLinks: { R2: 'a' }, informantIds: ['a'] });
  });
});
