// Bahasa Indonesia for the citation area (keys of ../en/citation.ts), written for Indonesian researchers, not word for word.
import type { citationMessages } from '../en/citation.ts';

export const citationMessagesId = {
} satisfies Partial<Record<keyof typeof citationMessages, string>>;
