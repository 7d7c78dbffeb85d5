// Bahasa Indonesia for the coding area (keys of ../en/coding.ts), written for Indonesian researchers, not word for word.
import type { codingMessages } from '../en/coding.ts';

export const codingMessagesId = {
} satisfies Partial<Record<keyof typeof codingMessages, string>>;
