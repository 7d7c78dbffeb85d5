// What the network view reads: the display's relations, the project (its relation types), its informants and
// memos, the codes and codings of the coding store, and from them the drawable graph with each relation's
// evidence counted against the codings and memos that still exist. Live: any write to these tables repaints.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Display, Informant, Memo, NetworkDisplayDefinition, Project, Relation } from '../../../../shared/model/index.ts';
import { buildNetworkGraph, type NetworkGraph } from '../../../../shared/network/networkGraph.ts';
import { relationTypeLabel } from '../../../../shared/network/relationTypes.ts';
import type { CodingSnapshot } from '../../../../shared/codebook/index.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { useCodingSnapshot } from '../../../services/CodingStoreContext.tsx';
import { listRelations } from '../../../data/relations.ts';
import { listMemos } from '../../../data/memos.ts';

export type NetworkModel = {
  definition: NetworkDisplayDefinition;
  relations: Relation[];
  graph: NetworkGraph;
  project: Project | undefined;
  informants: Informant[];
  memos: Memo[];
  snapshot: CodingSnapshot;
  loaded: boolean;
  /** The relations are read: enough to lay the network out (memos only change evidence counts). */
  relationsLoaded: boolean;
};

const EMPTY_DEFINITION: NetworkDisplayDefinition = { kind: 'network', nodes: [], direction: 'right' };

export const useNetworkModel = (display: Display, projectId: string): NetworkModel => {
  const db = useDatabase();
  const snapshot = useCodingSnapshot();
  const relations = useLiveQuery(() => listRelations(db, display.id), [db, display.id]);
  const project = useLiveQuery(() => db.projects.get(projectId), [db, projectId]);
  const informants = useLiveQuery(() => db.informants.where('projectId').equals(projectId).toArray(), [db, projectId]);
  const memos = useLiveQuery(() => listMemos(db, projectId), [db, projectId]);
  const definition = display.definition.kind === 'network' ? display.definition : EMPTY_DEFINITION;
  const graph = useMemo(() => {
    const existing = { codingIds: new Set(snapshot.codings.map((coding) => coding.id)), memoIds: new Set((memos ?? []).map((memo) => memo.id)) };
    return buildNetworkGraph(definition, relations ?? [], existing, relationTypeLabel);
  }, [definition, relations, snapshot.codings, memos]);
  return {
    definition, relations: relations ?? [], graph, project, informants: informants ?? [], memos: memos ?? [], snapshot,
    loaded: relations !== undefined && memos !== undefined, relationsLoaded: relations !== undefined,
  };
};
