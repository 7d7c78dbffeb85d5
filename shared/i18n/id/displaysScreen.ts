// Bahasa Indonesia for the displaysScreen area (keys of ../en/displaysScreen.ts), written for Indonesian researchers, not word for word.
import type { displaysScreenMessages } from '../en/displaysScreen.ts';

export const displaysScreenMessagesId = {
} satisfies Partial<Record<keyof typeof displaysScreenMessages, string>>;
