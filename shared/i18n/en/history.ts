// English messages of the compact history on an object's own page (renderer/components/ObjectHistory.tsx).
export const historyMessages = {
  'history.heading': 'History',
  'history.none': 'No changes recorded yet.',
  'history.entry': '{action}: {detail}',
  'history.merged': 'Merged “{from}” into “{into}”',
  'history.renamed': 'Renamed “{from}” to “{to}”',
  'history.byWhen': '{who}, {when}',
  'history.openTrail': 'Open in the audit trail',
  'history.all': 'All {count, plural, one {# event} other {# events}} in the audit trail',
} as const;
