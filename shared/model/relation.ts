// A relation: a typed edge between two nodes of a network display, with its direction, sign, note and the codings
// or memos that evidence it. Its width in the drawing is its evidence count; one with no evidence is drawn dashed.
import type { Id, IsoInstant } from './ids.ts';

/** The relation types every project has (labels through i18n: relation.type.<id>); templates and users add more. */
export const DEFAULT_RELATION_TYPES: readonly string[] = [
  'connects-to', 'enables', 'supplies', 'sells-to', 'trains', 'informs', 'depends-on', 'contradicts', 'is-part-of',
];

export type RelationSign = '+' | '-' | null;

export type Relation = {
  id: Id;
  projectId: Id;
  /** The network display it belongs to. */
  displayId: Id;
  /** Node ids of that display's definition. */
  fromNodeId: Id;
  toNodeId: Id;
  /** A default type id (DEFAULT_RELATION_TYPES) or a name the user or template added (ProjectSettings.relationTypes). */
  type: string;
  directed: boolean;
  sign: RelationSign;
  note: string;
  evidence: { codingIds: Id[]; memoIds: Id[] };
  /** Set when the relation was proposed from co-occurrence and the user accepted it: the codes' coefficient then. */
  suggestedCoefficient: number | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};
