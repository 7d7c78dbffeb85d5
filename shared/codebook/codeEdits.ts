// Creating codes and editing one code's own fields (name, colour, definition and criteria, model role, status, the
// counter-evidence mark).
import type { Code } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { codingChange, outcomeOf, type CodingOutcome, type CodingSnapshot } from './codingSnapshot.ts';
import { CodebookError } from './codebookError.ts';
import { newCodeColor, validCodeColor } from './codeColors.ts';
import { assertNameFreeUnder, validCodeName } from './codeNames.ts';
import { siblingsUnder } from './codeTree.ts';
import { renumberSiblings, resolveContext, type OperationContext } from './operationContext.ts';

/** A code's own descriptive fields (what "edit details" changes). */
export type CodeDetails = Pick<Code, 'definition' | 'inclusionCriteria' | 'exclusionCriteria' | 'example' | 'modelRole' | 'status' | 'counterEvidence'>;

export type NewCodeInput = Partial<CodeDetails> & {
  projectId: Id;
  parentId: Id | null;
  name: string;
  /** "#RRGGBB"; when absent, a colour distinct from the siblings' (a shade of the parent's hue for a sub-code). */
  color?: string;
  /** Position among the new siblings; default: last. */
  index?: number;
};

export const findCode = (snapshot: CodingSnapshot, codeId: Id): Code => {
  const code = snapshot.codes.find((candidate) => candidate.id === codeId);
  if (code === undefined) throw new CodebookError('codebook.error.codeNotFound');
  return code;
};

/** A model role is free text; blank means "no role". */
const normalizeModelRole = (role: string | null | undefined): string | null => {
  const trimmed = role?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export const createCode = (
  snapshot: CodingSnapshot,
  input: NewCodeInput,
  context?: OperationContext,
): CodingOutcome<{ code: Code }> => {
  const { now, newId } = resolveContext(context);
  const name = validCodeName(input.name);
  if (input.parentId !== null && !snapshot.codes.some((code) => code.id === input.parentId)) {
    throw new CodebookError('codebook.error.parentNotFound');
  }
  assertNameFreeUnder(snapshot.codes, input.parentId, name, null);
  const color = input.color === undefined ? newCodeColor(snapshot.codes, input.parentId) : validCodeColor(input.color);
  const siblings = siblingsUnder(snapshot.codes, input.parentId);
  const index = Math.max(0, Math.min(input.index ?? siblings.length, siblings.length));
  const code: Code = {
    id: newId(),
    projectId: input.projectId,
    parentId: input.parentId,
    order: index,
    name,
    color,
    definition: input.definition ?? '',
    inclusionCriteria: input.inclusionCriteria ?? '',
    exclusionCriteria: input.exclusionCriteria ?? '',
    example: input.example ?? '',
    modelRole: normalizeModelRole(input.modelRole),
    status: input.status ?? 'draft',
    createdAt: now,
    updatedAt: now,
  };
  const reordered = [...siblings];
  reordered.splice(index, 0, code);
  const putCodes = renumberSiblings(reordered, input.parentId, now).filter((changed) => changed.id !== code.id);
  putCodes.push(code);
  return outcomeOf(snapshot, codingChange({ putCodes }), { code });
};

const putOne = (snapshot: CodingSnapshot, updated: Code): CodingOutcome<{ code: Code }> => {
  return outcomeOf(snapshot, codingChange({ putCodes: [updated] }), { code: updated });
};

export const renameCode = (snapshot: CodingSnapshot, codeId: Id, newName: string, context?: OperationContext): CodingOutcome<{ code: Code }> => {
  const { now } = resolveContext(context);
  const code = findCode(snapshot, codeId);
  const name = validCodeName(newName);
  assertNameFreeUnder(snapshot.codes, code.parentId, name, code.id);
  if (name === code.name) return outcomeOf(snapshot, codingChange({}), { code });
  return putOne(snapshot, { ...code, name, updatedAt: now });
};

export const recolorCode = (snapshot: CodingSnapshot, codeId: Id, newColor: string, context?: OperationContext): CodingOutcome<{ code: Code }> => {
  const { now } = resolveContext(context);
  const code = findCode(snapshot, codeId);
  const color = validCodeColor(newColor);
  if (color === code.color) return outcomeOf(snapshot, codingChange({}), { code });
  return putOne(snapshot, { ...code, color, updatedAt: now });
};

/** Edits definition, criteria, example, model role and status; fields left out keep their value. */
export const updateCodeDetails = (
  snapshot: CodingSnapshot,
  codeId: Id,
  details: Partial<CodeDetails>,
  context?: OperationContext,
): CodingOutcome<{ code: Code }> => {
  const { now } = resolveContext(context);
  const code = findCode(snapshot, codeId);
  const updated: Code = {
    ...code,
    definition: details.definition ?? code.definition,
    inclusionCriteria: details.inclusionCriteria ?? code.inclusionCriteria,
    exclusionCriteria: details.exclusionCriteria ?? code.exclusionCriteria,
    example: details.example ?? code.example,
    modelRole: details.modelRole === undefined ? code.modelRole : normalizeModelRole(details.modelRole),
    status: details.status ?? code.status,
  };
  // Unmarking drops the field, so a code never marked and one unmarked again are the same row.
  const counterEvidence = details.counterEvidence ?? code.counterEvidence ?? false;
  if (counterEvidence) updated.counterEvidence = true;
  else delete updated.counterEvidence;
  const unchanged =
    updated.definition === code.definition &&
    updated.inclusionCriteria === code.inclusionCriteria &&
    updated.exclusionCriteria === code.exclusionCriteria &&
    updated.example === code.example &&
    updated.modelRole === code.modelRole &&
    updated.status === code.status &&
    counterEvidence === (code.counterEvidence ?? false);
  if (unchanged) return outcomeOf(snapshot, codingChange({}), { code });
  return putOne(snapshot, { ...updated, updatedAt: now });
};
