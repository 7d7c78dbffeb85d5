// Bahasa Indonesia for the app area (keys of ../en/app.ts), written for Indonesian researchers, not word for word.
import type { appMessages } from '../en/app.ts';

export const appMessagesId = {
} satisfies Partial<Record<keyof typeof appMessages, string>>;
