// Suggested relations from co-occurrence on real Dexie: the code nodes' overlapping segments give a pair with its
// count and coefficient; pairs under a threshold, pairs already related and rejected pairs are not offered; an
// accepted pair's evidence is the overlapping codings.
import { describe, expect, it } from 'vitest';
import { createDisplay } from '../../../renderer/data/displays.ts';
import { addNetworkNode } from '../../../renderer/data/networkNodes.ts';
import { createRelation } from '../../../renderer/data/relations.ts';
import { loadMatrixData } from '../../../renderer/data/displayData.ts';
import { openSuggestions, overlappingCodings, suggestionDisplay, suggestionKey } from '../../../renderer/data/networkSuggestions.ts';
import { computeMatrixView } from '../../../shared/analysis/displayView.ts';
import { suggestRelations } from '../../../shared/analysis/suggestRelations.ts';
import { setUpCoding } from './codingFixture.ts';

describe('suggested relations of a network', () => {
  it('offers the overlapping code pairs above the thresholds that no relation links yet', async () => {
    const fixture = await setUpCoding();
    const { db, projectId, store, sourceIds, codeByName } = fixture;
    const networks = codeByName('Business networks');
    const exporters = codeByName('Exporters and intermediaries');
    const diaspora = codeByName('Diaspora');
    const associations = codeByName('Business associations');
    // Two segments of a sub-code of "Business networks" overlap one of "Diaspora"; "Business associations" stands apart.
    const a = await store.applyCoding({ sourceId: sourceIds[0], codeId: exporters.id, start: 10, end: 40 });
    const b = await store.applyCoding({ sourceId: sourceIds[0], codeId: diaspora.id, start: 30, end: 60 });
    await store.applyCoding({ sourceId: sourceIds[0], codeId: networks.id, start: 45, end: 70 });
    await store.applyCoding({ sourceId: sourceIds[1], codeId: associations.id, start: 0, end: 20 });

    const display = await createDisplay(db, projectId, { name: 'Net', type: 'network' });
    const networkNode = await addNetworkNode(db, display.id, { kind: 'code', refId: networks.id, label: networks.name });
    const diasporaNode = await addNetworkNode(db, display.id, { kind: 'code', refId: diaspora.id, label: diaspora.name });
    await addNetworkNode(db, display.id, { kind: 'code', refId: associations.id, label: associations.name });
    const definition = (await db.displays.get(display.id))?.definition;
    if (definition?.kind !== 'network') throw new Error('not a network');
    const { codes, codings } = store.getSnapshot();

    const view = computeMatrixView(await loadMatrixData(db, projectId), suggestionDisplay(display.id, projectId, definition, codes));
    const suggested = suggestRelations(view, 0.2, 1);
    // Business networks (2 segments with its sub-code) and Diaspora (1): 2 overlapping pairs, 2 / (2 + 1 − 2) = 2.
    expect(suggested).toEqual([{ fromCodeId: networks.id, toCodeId: diaspora.id, count: 2, coefficient: 2 }]);
    expect(suggestRelations(view, 0.2, 3)).toEqual([]);

    const open = openSuggestions(suggested, definition, [], new Set());
    expect(open.map((suggestion) => [suggestion.from.id, suggestion.to.id])).toEqual([[networkNode.id, diasporaNode.id]]);
    expect(openSuggestions(suggested, definition, [], new Set([suggestionKey(diaspora.id, networks.id)]))).toEqual([]);
    const related = await createRelation(db, display.id, {
      fromNodeId: diasporaNode.id, toNodeId: networkNode.id, type: 'informs', directed: true, sign: null, note: '', evidence: { codingIds: [], memoIds: [] },
    });
    expect(openSuggestions(suggested, definition, [related], new Set())).toEqual([]);

    expect(new Set(overlappingCodings(codes, codings, networks.id, diaspora.id))).toEqual(new Set([a?.id, b?.id, codings.find((c) => c.start === 45)?.id]));
    expect(overlappingCodings(codes, codings, networks.id, associations.id)).toEqual([]);
  });
});
