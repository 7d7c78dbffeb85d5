// English messages of reading and coding the transcript from the keyboard, and of the coding stripes' labels.
export const transcriptKeysMessages = {
  'transcript.keys.hint': 'Arrows move · Shift+arrows select · S sentence · P paragraph · T turn · Ctrl+K code',
  'transcript.keys.help':
    'Keyboard: Tab into the text. Arrow keys move the caret; Shift+arrows, Ctrl+Shift+arrows and Shift+Home/End select. S selects the sentence, P the paragraph, T the speaker turn (with a selection: widens it to whole ones). Ctrl+K or / picks a code for the selection, Ctrl+Shift+I codes it in vivo.',
  'transcript.stripes.keys': 'Up and down arrows move between the stripes, Enter shows a stripe’s codings, Escape goes back to the text.',
  'transcript.codeTree.keys': 'Arrow keys move between codes; Enter or Space codes the transcript selection with the focused code.',
} as const;
