// Bahasa Indonesia for the display area (keys of ../en/display.ts), written for Indonesian researchers, not word for word.
import type { displayMessages } from '../en/display.ts';

export const displayMessagesId = {
} satisfies Partial<Record<keyof typeof displayMessages, string>>;
