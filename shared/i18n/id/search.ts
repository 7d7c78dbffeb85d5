// Bahasa Indonesia for the search area (keys of ../en/search.ts), written for Indonesian researchers, not word for word.
import type { searchMessages } from '../en/search.ts';

export const searchMessagesId = {
} satisfies Partial<Record<keyof typeof searchMessages, string>>;
