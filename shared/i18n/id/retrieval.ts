// Bahasa Indonesia for the retrieval area (keys of ../en/retrieval.ts), written for Indonesian researchers, not word for word.
import type { retrievalMessages } from '../en/retrieval.ts';

export const retrievalMessagesId = {
} satisfies Partial<Record<keyof typeof retrievalMessages, string>>;
