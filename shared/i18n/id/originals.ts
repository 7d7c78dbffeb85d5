// Bahasa Indonesia for the originals area (keys of ../en/originals.ts), written for Indonesian researchers, not word for word.
import type { originalsMessages } from '../en/originals.ts';

export const originalsMessagesId = {
} satisfies Partial<Record<keyof typeof originalsMessages, string>>;
