// English messages of a code's anchor example (issue 11, point 2): choosing it in the code's details, the refusal of
// a coding of another code, and the project file's repair of an anchor that names no coding of the code.
export const codeAnchorsMessages = {
  'codeAnchors.title': 'Anchor example',
  'codeAnchors.hint': 'The quote the codebook shows for this code. None chosen: the first quote.',
  'codeAnchors.none': 'This code has no coded excerpts yet.',
  'codeAnchors.current': 'Anchor',
  'codeAnchors.first': 'First quote (shown while none is chosen)',
  'codeAnchors.use': 'Use as anchor example',
  'codeAnchors.useLabel': 'Use the quote from {source} as anchor example',
  'codeAnchors.clear': 'Clear',
  'codeAnchors.clearLabel': 'Clear the anchor example',
  'codeAnchors.more': '{count, plural, one {# more coded excerpt} other {# more coded excerpts}} (see Coded excerpts).',
  'codeAnchors.undo.set': 'Choose the anchor example of "{name}"',
  'codeAnchors.undo.clear': 'Clear the anchor example of "{name}"',
  'codebook.error.anchorNotOfCode': 'Only a coded excerpt of this code can be its anchor example.',
  'projectFile.repair.codeAnchorMissing': 'Code "{code}" has as its anchor example a coding that does not exist ({coding}): it will have none (its first quote shows).',
  'projectFile.repair.codeAnchorOtherCode': 'Code "{code}" has as its anchor example a coding of another code ({coding}): it will have none (its first quote shows).',
} as const;
