// Bahasa Indonesia for the memberChecksScreen area (keys of ../en/memberChecksScreen.ts), written for Indonesian researchers, not word for word.
import type { memberChecksScreenMessages } from '../en/memberChecksScreen.ts';

export const memberChecksScreenMessagesId = {
} satisfies Partial<Record<keyof typeof memberChecksScreenMessages, string>>;
