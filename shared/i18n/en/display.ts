// English messages of the data displays (issue 9): matrix rows of no informant, role or date, period labels, and the
// `caseweave display` command.
export const displayMessages = {
  'display.matrix.noInformant': '(no informant)',
  'display.matrix.noRole': '(no role)',
  'display.matrix.noDate': '(no date)',
  'display.matrix.total': 'Total',
  'display.period.quarter': '{year} Q{quarter}',
  'cli.help.command.display': 'Build a code matrix from the project file (the app\'s displays, with the same rules) and print it as a table or as JSON.',
  'cli.help.option.rows': 'The rows of the matrix: informants, roles, sources, source kinds, or periods (years of the source dates).',
  'cli.help.option.cols': 'The columns of the matrix: codes or source kinds.',
  'cli.help.option.codes': 'The codes of the matrix, by name or path, separated by commas (every code when absent).',
  'cli.help.option.cell': 'What each cell counts: coded segments, distinct informants, or coded words.',
} as const;
