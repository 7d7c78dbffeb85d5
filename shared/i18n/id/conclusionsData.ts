// Bahasa Indonesia for the conclusionsData area (keys of ../en/conclusionsData.ts), written for Indonesian researchers, not word for word.
import type { conclusionsDataMessages } from '../en/conclusionsData.ts';

export const conclusionsDataMessagesId = {
} satisfies Partial<Record<keyof typeof conclusionsDataMessages, string>>;
