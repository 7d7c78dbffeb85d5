// English messages of the import review's running headers/footers: what a PDF import left out and keeping it.
export const importRunningLinesMessages = {
  'importUi.runningLines.region': 'Running headers and footers of {file}',
  'importUi.runningLines.list': 'Lines left out of {file}',
  'importUi.runningLines.kept': '{count, plural, one {# running header/footer line stays} other {# distinct running header/footer lines stay}} in the text.',
  'importUi.runningLines.keep': 'Keep them in the text',
  'importUi.runningLines.keepFor': 'Keep running headers and footers in the text of {file}',
  'importUi.runningLines.rereading': 'Reading the file again…',
};
