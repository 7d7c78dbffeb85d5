// Bahasa Indonesia for the data area (keys of ../en/data.ts), written for Indonesian researchers, not word for word.
import type { dataMessages } from '../en/data.ts';

export const dataMessagesId = {
} satisfies Partial<Record<keyof typeof dataMessages, string>>;
