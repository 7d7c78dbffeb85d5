// Bahasa Indonesia for the transcriptKeys area (keys of ../en/transcriptKeys.ts), written for Indonesian researchers, not word for word.
import type { transcriptKeysMessages } from '../en/transcriptKeys.ts';

export const transcriptKeysMessagesId = {
} satisfies Partial<Record<keyof typeof transcriptKeysMessages, string>>;
