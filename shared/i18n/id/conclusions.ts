// Bahasa Indonesia for the conclusions area (keys of ../en/conclusions.ts), written for Indonesian researchers, not word for word.
// The statuses and triangulation reasons are in reportVocabulary.ts.
import type { conclusionsMessages } from '../en/conclusions.ts';

export const conclusionsMessagesId = {
  'representativeness.dominant': '{share} dari bukti pendukung berasal dari {informant}',
} satisfies Partial<Record<keyof typeof conclusionsMessages, string>>;
