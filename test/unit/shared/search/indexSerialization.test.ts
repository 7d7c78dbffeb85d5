// Saving and restoring the full-text index: a round trip answers every query the same way; damage is refused.
import { describe, expect, it } from 'vitest';
import { FullTextIndex, serializedIndexTransferables, type SerializedFullTextIndex } from '../../../../shared/search/index.ts';

const buildIndex = (): FullTextIndex => {
  const index = new FullTextIndex();
  index.addDocument('s1', 'Pameran di Köln: kendang 😀 jimbé dari Blitar.');
  index.addDocument('s2', 'Pengrajin kendang ikut pameran internasional. Kami ekspor lagi.', [{ start: 0, end: 45 }, { start: 46, end: 63 }]);
  index.addDocument('s3', 'Temporary words to remove later.');
  index.updateDocument('s1', 'Pameran di Köln: kendang 😀 jimbé dari Blitar, sekali lagi pameran.');
  index.removeDocument('s3');
  return index;
};

const QUERIES = ['pameran', 'koln', 'jimbe', 'pamer*', '"kendang ikut"', 'kendang pameran', 'temporary', 'k*', '"di koln kendang jimbe"', '"internasional kami"', 'internasional kami'];

describe('FullTextIndex serialization', () => {
  it('round-trips: the restored index answers every query identically', () => {
    const original = buildIndex();
    const restored = FullTextIndex.fromSerialized(original.toSerialized());
    for (const query of QUERIES) expect(restored.query(query), query).toEqual(original.query(query));
    expect(restored.stats()).toEqual(original.stats());
    expect(restored.documentIds()).toEqual(['s1', 's2']);
    // The turn boundary survives the round trip: the phrase across it finds nothing, the words apart are two places.
    expect(restored.query('"internasional kami"').totalHits).toBe(0);
    expect(restored.query('internasional kami').totalHits).toBe(2);
  });

  it('survives structured cloning (postMessage) and keeps working incrementally after loading', () => {
    const original = buildIndex();
    const serialized = original.toSerialized();
    const cloned = structuredClone(serialized, { transfer: serializedIndexTransferables(serialized) });
    const restored = FullTextIndex.fromSerialized(cloned);
    restored.addDocument('s4', 'pameran baru');
    expect(restored.query('pameran').hits.map((hit) => hit.documentId)).toEqual(['s1', 's1', 's2', 's4']);
    // Only live terms are saved: the removed document's words are gone from the vocabulary.
    expect(serialized.terms).not.toContain('temporary');
  });

  it('refuses a structure that is not a search index, or a damaged one, with a clear message', () => {
    const serialized = buildIndex().toSerialized();
    // Version 1 (before block starts) is refused, so a saved index of an older app is rebuilt, never misread.
    for (const version of [1, 3]) {
      expect(() => FullTextIndex.fromSerialized({ ...serialized, version } as unknown as SerializedFullTextIndex)).toThrow(/not a Caseweave search index/);
    }
    const badBlocks = structuredClone(serialized);
    badBlocks.documents[1].blockStarts = Int32Array.of(3, 2);
    expect(() => FullTextIndex.fromSerialized(badBlocks)).toThrow(/document 2 \(s2\).*block starts/);
    const unknownTerm = structuredClone(serialized);
    unknownTerm.documents[0].termIds[0] = serialized.terms.length;
    expect(() => FullTextIndex.fromSerialized(unknownTerm)).toThrow(/damaged.*document 1 \(s1\).*unknown term/);
    const disordered = structuredClone(serialized);
    disordered.documents[1].tokenStarts[1] = 0;
    expect(() => FullTextIndex.fromSerialized(disordered)).toThrow(/document 2 \(s2\).*out of order/);
    const repeated = { ...serialized, documents: [serialized.documents[0], serialized.documents[0]] };
    expect(() => FullTextIndex.fromSerialized(repeated)).toThrow(/appears twice/);
  });
});
