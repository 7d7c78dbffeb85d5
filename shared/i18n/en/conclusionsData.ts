// English messages of the conclusions repository (renderer/data/conclusions.ts): its undo steps and the reasons a
// write about a conclusion is refused.
export const conclusionsDataMessages = {
  'data.undo.createConclusion': 'Draw conclusion “{name}”',
  'data.undo.editConclusion': 'Edit conclusion “{name}”',
  'data.undo.changeConclusionStatus': 'Change the status of “{name}”',
  'data.undo.addEvidence': 'Add evidence to “{name}”',
  'data.undo.removeEvidence': 'Remove evidence from “{name}”',
  'data.undo.resolveEvidence': 'Resolve evidence against “{name}”',
  'data.undo.logTactic': 'Log a verification tactic on “{name}”',
  'data.undo.markRival': 'Mark the rival of “{name}”',
  'data.undo.deleteConclusion': 'Delete conclusion “{name}”',
  'data.error.conclusionNotFound': 'The conclusion could not be found; it may have been deleted.',
  'data.error.conclusionStatementEmpty': 'A conclusion needs a statement.',
  'data.error.conclusionStatusReasonEmpty': 'Say why the status changes: a status change needs a reason.',
  'data.error.conclusionQuestionNotFound': 'The research question could not be found in this project.',
  'data.error.evidenceDuplicate.supporting': 'This is already supporting evidence of the conclusion.',
  'data.error.evidenceDuplicate.disconfirming': 'This is already disconfirming evidence of the conclusion.',
  'data.error.evidenceNotFound': 'The evidence could not be found on the conclusion; it may have been removed.',
  'data.error.evidenceResolveSupporting': 'Only disconfirming evidence is resolved; supporting evidence needs no resolution.',
  'data.error.evidenceResolutionNoteEmpty': 'Say how the disconfirming evidence was dealt with: a resolution needs a note.',
  'data.error.conclusionRivalOfItself': 'A conclusion cannot be a rival explanation of itself.',
  'data.error.conclusionRivalNotFound': 'The rival conclusion could not be found in this project.',
} as const;
