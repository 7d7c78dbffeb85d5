// Bahasa Indonesia for the memberChecksData area (keys of ../en/memberChecksData.ts), written for Indonesian researchers, not word for word.
import type { memberChecksDataMessages } from '../en/memberChecksData.ts';

export const memberChecksDataMessagesId = {
} satisfies Partial<Record<keyof typeof memberChecksDataMessages, string>>;
