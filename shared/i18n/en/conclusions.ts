// English messages of conclusions and their verification (issue 10): triangulation statuses and the reasons a
// conclusion falls short of the project's rule.
export const conclusionsMessages = {
  'conclusion.status.tentative': 'Tentative',
  'conclusion.status.supported': 'Supported',
  'conclusion.status.verified': 'Verified',
  'conclusion.status.rejected': 'Rejected',
  'triangulation.status.triangulated': 'Triangulated',
  'triangulation.status.partial': 'Partly triangulated',
  'triangulation.status.single-source': 'Single source',
  'triangulation.status.contested': 'Contested',
  'triangulation.kind.interview': 'interview',
  'triangulation.kind.observation': 'observation',
  'triangulation.kind.document': 'document',
  'triangulation.kind.other': 'other source',
  'triangulation.reason.missingKinds': 'no {kinds} supports this',
  'triangulation.reason.fewKinds': '{count, plural, =0 {no source kind supports} one {only # source kind supports} other {only # source kinds support}} this; the rule asks for {min}',
  'triangulation.reason.fewRoles': '{count, plural, =0 {no informant role} one {only # informant role} other {only # informant roles}} behind it; the rule asks for {min}',
  'triangulation.reason.fewInformants': '{count, plural, =0 {no informant} one {only # informant} other {only # informants}} behind it; the rule asks for {min}',
  'triangulation.reason.unresolved': '{count, plural, one {# disconfirming item is} other {# disconfirming items are}} not resolved',
  'triangulation.reason.noEvidence': 'no supporting evidence yet',
  'triangulation.reason.met': 'supported by {kinds, plural, one {# source kind} other {# source kinds}}, {roles, plural, one {# role} other {# roles}} and {informants, plural, one {# informant} other {# informants}}',
  'representativeness.dominant': '{informant} gives {share} of the supporting evidence',
} as const;
