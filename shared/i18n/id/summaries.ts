// Bahasa Indonesia for the summaries area (keys of ../en/summaries.ts), written for Indonesian researchers, not word for word.
import type { summariesMessages } from '../en/summaries.ts';

export const summariesMessagesId = {
} satisfies Partial<Record<keyof typeof summariesMessages, string>>;
