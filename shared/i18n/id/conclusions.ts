// Bahasa Indonesia for the conclusions area (keys of ../en/conclusions.ts), written for Indonesian researchers, not word for word.
import type { conclusionsMessages } from '../en/conclusions.ts';

export const conclusionsMessagesId = {
} satisfies Partial<Record<keyof typeof conclusionsMessages, string>>;
