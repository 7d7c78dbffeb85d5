// Bahasa Indonesia for the memberCheckTally area (keys of ../en/memberCheckTally.ts), written for Indonesian researchers,
// not word for word. The tally's sentence, its verdicts and responses are in reportVocabulary.ts (the report uses them).
import type { memberCheckTallyMessages } from '../en/memberCheckTally.ts';

export const memberCheckTallyMessagesId = {
  'memberCheckTally.heading': 'Konfirmasi informan',
  'memberCheckTally.short': '{checked} dari {informants} sudah dikonfirmasi',
  'memberCheckTally.verdicts': 'Jawaban',
} satisfies Partial<Record<keyof typeof memberCheckTallyMessages, string>>;
