// Clock and id source for codebook operations, injectable so tests and undo are deterministic.
import { newId, nowIso, type Id, type IsoInstant } from '../model/ids.ts';
import type { Code } from '../model/index.ts';

export type OperationContext = {
  /** Timestamp written to updatedAt/createdAt; defaults to the current time. */
  now?: IsoInstant;
  /** Id factory for new records; defaults to crypto.randomUUID(). */
  newId?: () => Id;
};

export const resolveContext = (context: OperationContext = {}): { now: IsoInstant; newId: () => Id } => ({
  now: context.now ?? nowIso(),
  newId: context.newId ?? newId,
});

/** Gives `ordered` the orders 0..n-1 (and a new parent where asked); returns only the codes that changed. */
export const renumberSiblings = (ordered: readonly Code[], parentId: Id | null, now: IsoInstant): Code[] => {
  const changed: Code[] = [];
  ordered.forEach((code, order) => {
    if (code.order !== order || code.parentId !== parentId) changed.push({ ...code, order, parentId, updatedAt: now });
  });
  return changed;
};
