// Evidence on real Dexie through the coding store (issue 10): a coding that is evidence and collapses into its twin
// in a code merge or a recode hands its place to the twin, without doubling an item the conclusion already had; a
// transcript correction keeps the evidence on the same words; a deleted coding shows as lost evidence, never removed
// from the conclusion, and undo brings it back.
import { describe, expect, it } from 'vitest';
import { addEvidence, createConclusion, getConclusion } from '../../../renderer/data/conclusions.ts';
import { correctSource } from '../../../renderer/data/corrections.ts';
import type { Conclusion } from '../../../shared/model/index.ts';
import { rangeOf, setUpCoding } from './codingFixture.ts';

type Fixture = Awaited<ReturnType<typeof setUpCoding>>;

const draw = (fixture: Fixture) =>
  createConclusion(fixture.db, fixture.projectId, { statement: { content: '{}', plainText: 'Traders opened the first markets' }, researchQuestionId: null, modelRole: null, codeIds: [] });

const targets = async (fixture: Fixture, id: string): Promise<[string, string][]> => {
  const conclusion: Conclusion | undefined = await getConclusion(fixture.db, id);
  return (conclusion?.evidence ?? []).map((item) => [item.stance, item.target.kind === 'coding' ? item.target.codingId : item.target.kind]);
};

describe('evidence follows its coding', () => {
  it('moves to the twin a merged duplicate collapsed into, once, and undo puts it back', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, undo, db } = fixture;
    const training = codeByName('Training');
    const mentoring = codeByName('Mentoring');
    const trader = rangeOf(texts[0], 'a few drums for a trader');
    const dup = await store.applyCoding({ sourceId: sourceIds[0], codeId: training.id, ...trader });
    const kept = await store.applyCoding({ sourceId: sourceIds[0], codeId: mentoring.id, ...trader });
    const moved = await store.applyCoding({ sourceId: sourceIds[0], codeId: training.id, ...rangeOf(texts[0], 'we learned it') });
    if (!dup || !kept || !moved) throw new Error('setup');
    const one = await draw(fixture);
    await addEvidence(db, one.id, { kind: 'coding', codingId: dup.id }, 'supporting', '');
    await addEvidence(db, one.id, { kind: 'coding', codingId: moved.id }, 'disconfirming', '');
    // A second conclusion already rests on the twin: the duplicate's item folds into it instead of doubling it.
    const two = await draw(fixture);
    await addEvidence(db, two.id, { kind: 'coding', codingId: kept.id }, 'supporting', '');
    await addEvidence(db, two.id, { kind: 'coding', codingId: dup.id }, 'supporting', '');

    await store.mergeCodes(training.id, mentoring.id);
    expect(await targets(fixture, one.id)).toEqual([['supporting', kept.id], ['disconfirming', moved.id]]);
    expect(await targets(fixture, two.id)).toEqual([['supporting', kept.id]]);

    await undo.undo();
    expect(await targets(fixture, one.id)).toEqual([['supporting', dup.id], ['disconfirming', moved.id]]);
    expect(await targets(fixture, two.id)).toEqual([['supporting', kept.id], ['supporting', dup.id]]);
  });

  it('moves to the twin a recoded coding collapsed into', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, db } = fixture;
    const range = rangeOf(texts[0], 'a few drums for a trader');
    const recoded = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Training').id, ...range });
    const twin = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Mentoring').id, ...range });
    if (!recoded || !twin) throw new Error('setup');
    const conclusion = await draw(fixture);
    await addEvidence(db, conclusion.id, { kind: 'coding', codingId: recoded.id }, 'supporting', 'first-hand');
    const result = await store.recodeCoding(recoded.id, codeByName('Mentoring').id);
    expect(result.id).toBe(twin.id);
    expect(await targets(fixture, conclusion.id)).toEqual([['supporting', twin.id]]);
    expect((await getConclusion(db, conclusion.id))?.evidence[0].weightNote).toBe('first-hand');
  });

  it('still covers the same words after a transcript correction', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, db, projectId } = fixture;
    const coding = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Training').id, ...rangeOf(texts[0], 'we learned it') });
    if (!coding) throw new Error('setup');
    const conclusion = await draw(fixture);
    await addEvidence(db, conclusion.id, { kind: 'coding', codingId: coding.id }, 'supporting', '');
    const corrected = `A corrected opening line.\n${texts[0]}`;
    await correctSource(db, projectId, sourceIds[0], corrected);
    expect(await targets(fixture, conclusion.id)).toEqual([['supporting', coding.id]]);
    const after = await db.codings.get(coding.id);
    const text = (await db.sourceTexts.get(sourceIds[0]))?.text ?? '';
    expect(after && text.slice(after.start, after.end)).toBe('we learned it');
  });

  it('shows a deleted coding as lost evidence, kept on the conclusion, and undo restores the coding', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, undo, db } = fixture;
    const coding = await store.applyCoding({ sourceId: sourceIds[1], codeId: codeByName('Training').id, ...rangeOf(texts[1], 'painted drums') });
    if (!coding) throw new Error('setup');
    const conclusion = await draw(fixture);
    await addEvidence(db, conclusion.id, { kind: 'coding', codingId: coding.id }, 'supporting', '');
    await store.removeCoding(coding.id);
    expect(await db.codings.get(coding.id)).toBeUndefined();
    expect(await targets(fixture, conclusion.id)).toEqual([['supporting', coding.id]]);
    await undo.undo();
    expect(await db.codings.get(coding.id)).toBeDefined();
  });
});
