// Excerpt cards of the Conclusions screen on the hand-made matrix project: a coding's quote, its informants with
// pseudonyms and roles by the attribution rule (none for the interviewer, both across two turns), its source's kind
// and date; a gone coding has no card; the picker lists the codings of the linked codes in source then text order.
import { describe, expect, it } from 'vitest';
import { excerptCards } from '../../../../../renderer/screens/conclusions/evidenceExcerpts.ts';
import { matrixData } from '../../../shared/analysis/matrixFixture.ts';

describe('excerptCards', () => {
  const cards = excerptCards(matrixData);

  it('quotes a coding with its informant, role, source title, kind and date', () => {
    expect(cards.card('c1')).toMatchObject({
      quote: 'Shops in Den Haag.', sourceId: 's1', sourceTitle: 'Interview Dewi & Budi', sourceKind: 'interview', date: '2024-02-10',
      informants: [{ id: 'dewi', pseudonym: 'Dewi', role: 'diaspora' }],
    });
    expect(cards.card('c2')?.informants.map((person) => person.pseudonym)).toEqual(['Dewi', 'Budi']);
    expect(cards.card('c2')?.quote).toContain('Dewi');
    expect(cards.card('c3')?.informants).toEqual([]);
    expect(cards.card('c6')).toMatchObject({ sourceKind: 'document', date: null, informants: [] });
  });

  it('has no card for a coding that is gone', () => {
    expect(cards.card('gone')).toBeUndefined();
  });

  it('lists the excerpts of the linked codes by source title, then position', () => {
    expect(cards.ofCodes(['net']).map((card) => card.codingId)).toEqual(['c6', 'c1', 'c4', 'c8']);
    expect(cards.ofCodes(['learn', 'collab']).map((card) => card.codingId)).toEqual(['c3', 'c2', 'c7', 'c5']);
    expect(cards.ofCodes([])).toEqual([]);
  });
});
