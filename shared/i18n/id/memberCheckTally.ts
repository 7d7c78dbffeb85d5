// Bahasa Indonesia for the memberCheckTally area (keys of ../en/memberCheckTally.ts), written for Indonesian researchers, not word for word.
import type { memberCheckTallyMessages } from '../en/memberCheckTally.ts';

export const memberCheckTallyMessagesId = {
} satisfies Partial<Record<keyof typeof memberCheckTallyMessages, string>>;
