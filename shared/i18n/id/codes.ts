// Bahasa Indonesia for the codes area (keys of ../en/codes.ts), written for Indonesian researchers, not word for word.
import type { codesMessages } from '../en/codes.ts';

export const codesMessagesId = {
} satisfies Partial<Record<keyof typeof codesMessages, string>>;
