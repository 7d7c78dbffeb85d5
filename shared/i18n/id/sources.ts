// Bahasa Indonesia for the sources area (keys of ../en/sources.ts), written for Indonesian researchers, not word for word.
import type { sourceMessages } from '../en/sources.ts';

export const sourcesMessagesId = {
} satisfies Partial<Record<keyof typeof sourceMessages, string>>;
