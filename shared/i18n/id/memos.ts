// Bahasa Indonesia for the memos area (keys of ../en/memos.ts), written for Indonesian researchers, not word for word.
import type { memosMessages } from '../en/memos.ts';

export const memosMessagesId = {
} satisfies Partial<Record<keyof typeof memosMessages, string>>;
