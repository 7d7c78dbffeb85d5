// Every place the benchmark touches the app's UI: labels, headings and selectors in one object, so a UI change
// costs one edit here. Values are plain strings (they are passed into the page).

export const UI = {
  navigationLabel: 'Main navigation',
  activeProjectTestId: 'active-project-name',
  importFileInputLabel: 'Choose files to import',
  importReviewHeading: 'Review the import',
  importFinishedHeading: 'Import finished',
  /** The rendered transcript (Lexical content-editable). */
  transcriptSelector: '.transcript',
  /** Spoken-text spans carry their offset into the canonical text. */
  sourceTextSelector: '[data-source-start]',
  /** CSS Custom Highlights that tint coded text are named with this prefix (renderer/transcript/codedHighlights.ts). */
  codedHighlightPrefix: 'cw-coded-',
  /** Coding stripes beside the transcript (DOM elements), if any. */
  codingMarkSelector: '.coding-stripe',
  /** The compact code tree on the source screen; its rows carry the code name as aria-label. */
  codeTreeSelector: '.code-tree',
  codeRowSelector: '.code-row',
  /** Keyboard code picker of the source screen (renderer/coding/CodePicker.tsx). */
  pickerShortcut: 'Control+k',
  pickerInputSelector: '[role="dialog"][aria-label="Apply a code"] input[role="combobox"]',
  pickerOptionSelector: '[role="dialog"][aria-label="Apply a code"] [role="option"]',
  /** Correction mode (renderer/transcript/CorrectionEditor.tsx). */
  correctButton: 'Correct transcript',
  correctCancelButton: 'Cancel',
  correctionTextSelector: 'textarea.correction-text',
  /** Search screen (renderer/screens/search). */
  searchInputLabel: 'Search all sources',
  searchIndexReady: '{documents} sources indexed',
  searchHitSelector: 'mark.kwic-hit',
  /** Coded excerpts screen (renderer/screens/excerpts, #/excerpts). */
  retrievalTotalSelector: '[data-testid="excerpts-total"]',
  retrievalTotal: '{count} excerpts',
  retrievalShowAll: 'Show all',
  excerptSelector: '[data-testid="excerpt"]',
} as const;

export type UiProbes = typeof UI;
