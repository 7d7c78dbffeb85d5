// Bahasa Indonesia for the history area (keys of ../en/history.ts), written for Indonesian researchers, not word for word.
import type { historyMessages } from '../en/history.ts';

export const historyMessagesId = {
} satisfies Partial<Record<keyof typeof historyMessages, string>>;
