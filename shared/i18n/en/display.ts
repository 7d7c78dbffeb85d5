// English messages of the data displays (issue 9): matrix rows of no informant, role or date, period labels, and the
// `caseweave display` command.
export const displayMessages = {
  'display.matrix.noInformant': '(no informant)',
  'display.matrix.noRole': '(no role)',
  'display.matrix.noDate': '(no date)',
  'display.matrix.total': 'Total',
  'display.period.quarter': '{year} Q{quarter}',
} as const;
