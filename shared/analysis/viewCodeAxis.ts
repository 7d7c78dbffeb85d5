// The code axis of a saved display (its columns; the rows of a triangulation or checklist matrix): the chosen codes,
// each taking in its sub-codes' codings only when the display asks, and for a conceptually clustered matrix the
// clusters they sit under — the model role of the code or of its nearest ancestor having one, or the first of the
// chosen parent codes it lies under — with the codes of no cluster in a last group.
import { t } from '../i18n/translate.ts';
import { childrenByParent, codePath, indexCodes } from '../codebook/codeTree.ts';
import type { Code, Id, MatrixDisplayDefinition } from '../model/index.ts';
import { chosenCodeIds, codeColumnsByCode } from './codeMatrix.ts';
import type { MatrixData } from './matrixTypes.ts';
import type { AxisValue, GridAxis } from './viewGrid.ts';

export const NO_CLUSTER = '';

export type CodeAxis = GridAxis & {
  /** For each code a coding can carry, the axis values (chosen codes) it counts for. */
  codesOf: ReadonlyMap<Id, readonly Id[]>;
  /** The label of each cluster by its id; null when the axis is not clustered. */
  clusters: ReadonlyMap<string, string> | null;
};

/** The code itself and its ancestors, nearest first. */
const lineage = (byId: ReadonlyMap<Id, Code>, codeId: Id): Code[] => {
  const found: Code[] = [];
  for (let code = byId.get(codeId); code !== undefined && !found.includes(code); code = code.parentId === null ? undefined : byId.get(code.parentId)) found.push(code);
  return found;
};

type Clustering = { clusterOf: (codeId: Id) => string; clusters: Map<string, string> };

const clustering = (data: MatrixData, chosen: readonly Id[], clusterBy: NonNullable<MatrixDisplayDefinition['clusterBy']>): Clustering => {
  const byId = indexCodes(data.codes);
  const clusters = new Map<string, string>();
  if (clusterBy.kind === 'model-role') {
    const clusterOf = (codeId: Id): string => lineage(byId, codeId).find((code) => (code.modelRole ?? '').trim() !== '')?.modelRole?.trim() ?? NO_CLUSTER;
    for (const id of chosen) {
      const cluster = clusterOf(id);
      if (cluster !== NO_CLUSTER) clusters.set(cluster, cluster);
    }
    clusters.set(NO_CLUSTER, t('display.cluster.noModelRole'));
    return { clusterOf, clusters };
  }
  const parents = clusterBy.codeIds.filter((id) => byId.has(id));
  for (const id of parents) clusters.set(id, codePath(byId, id));
  clusters.set(NO_CLUSTER, t('display.cluster.otherCodes'));
  const clusterOf = (codeId: Id): string => {
    const ancestors = new Set(lineage(byId, codeId).map((code) => code.id));
    return parents.find((id) => ancestors.has(id)) ?? NO_CLUSTER;
  };
  return { clusterOf, clusters };
};

/** The codes a clustered matrix by parent codes shows when none are chosen: each parent's sub-codes (or itself when it has none). */
const subCodesOf = (data: MatrixData, parents: readonly Id[]): Id[] => {
  const children = childrenByParent(data.codes);
  const known = new Set(data.codes.map((code) => code.id));
  return [...new Set(parents.filter((id) => known.has(id)).flatMap((id) => {
    const under = children.get(id) ?? [];
    return under.length === 0 ? [id] : under.map((code) => code.id);
  }))];
};

export const codeAxis = (data: MatrixData, definition: MatrixDisplayDefinition, clustered: boolean, codeIds: readonly Id[] | null = definition.codeIds): CodeAxis => {
  const clusterBy = clustered ? (definition.clusterBy ?? { kind: 'model-role' }) : null;
  const chosen = codeIds === null && clusterBy?.kind === 'parent-codes' ? subCodesOf(data, clusterBy.codeIds) : chosenCodeIds(data, codeIds);
  const codesOf = codeColumnsByCode(data, chosen, definition.withSubCodes);
  const byId = indexCodes(data.codes);
  const value = (id: Id, groupId: string | null): AxisValue => ({ id, label: codePath(byId, id), none: false, groupId });
  const placesOf: GridAxis['placesOf'] = (item) => (codesOf.get(item.coding.codeId) ?? []).map((key) => ({ key, evidence: item }));
  if (clusterBy === null) return { values: chosen.map((id) => value(id, null)), placesOf, codesOf, clusters: null };
  const { clusterOf, clusters } = clustering(data, chosen, clusterBy);
  // Columns run cluster by cluster (in the clusters' order, the codes of none last), each code in the chosen order.
  const order = [...clusters.keys()].filter((id) => id !== NO_CLUSTER).concat(NO_CLUSTER);
  const values = order.flatMap((cluster) => chosen.filter((id) => clusterOf(id) === cluster).map((id) => value(id, cluster)));
  return { values, placesOf, codesOf, clusters };
};
