// English messages of a conclusion's member-check tally (shared/analysis/memberCheckTally.ts) wherever it is shown:
// the n of m line, each informant's response with its date, on the conclusion's page, in its list and in the CLI.
export const memberCheckTallyMessages = {
  'memberCheckTally.heading': 'Member checks',
  'memberCheckTally.count': 'member-checked by {checked} of {informants, plural, one {# informant} other {# informants}} whose words it uses',
  'memberCheckTally.short': '{checked} of {informants} member-checked',
  'memberCheckTally.noInformants': 'No informant’s words support it yet, so there is no one to check it with.',
  'memberCheckTally.verdict': '{pseudonym}: {response} {returned}, {date}',
  'memberCheckTally.verdictUndated': '{pseudonym}: {response} {returned}',
  'memberCheckTally.returned.conclusions': '(the conclusion)',
  'memberCheckTally.returned.excerpts': '(excerpts)',
  'memberCheckTally.returned.transcript': '(the transcript)',
  'memberCheckTally.returned.summary': '(a summary)',
  'memberCheckTally.verdicts': 'Responses',
  'memberCheckTally.response.confirm': 'confirmed',
  'memberCheckTally.response.correct': 'corrected',
  'memberCheckTally.response.elaborate': 'elaborated',
  'memberCheckTally.response.disagree': 'disagreed',
  'memberCheckTally.response.withdraw': 'withdrew',
  'memberCheckTally.response.none': 'no answer',
} as const;
