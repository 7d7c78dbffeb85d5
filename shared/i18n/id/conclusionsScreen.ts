// Bahasa Indonesia for the conclusionsScreen area (keys of ../en/conclusionsScreen.ts), written for Indonesian researchers, not word for word.
import type { conclusionsScreenMessages } from '../en/conclusionsScreen.ts';

export const conclusionsScreenMessagesId = {
} satisfies Partial<Record<keyof typeof conclusionsScreenMessages, string>>;
