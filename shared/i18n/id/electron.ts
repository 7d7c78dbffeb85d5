// Bahasa Indonesia for the electron area (keys of ../en/electron.ts), written for Indonesian researchers, not word for word.
import type { electronMessages } from '../en/electron.ts';

export const electronMessagesId = {
} satisfies Partial<Record<keyof typeof electronMessages, string>>;
