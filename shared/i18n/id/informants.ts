// Bahasa Indonesia for the informants area (keys of ../en/informants.ts), written for Indonesian researchers, not word for word.
import type { informantMessages } from '../en/informants.ts';

export const informantsMessagesId = {
} satisfies Partial<Record<keyof typeof informantMessages, string>>;
