// Bahasa Indonesia for the network area (keys of ../en/network.ts), written for Indonesian researchers, not word for word.
import type { networkMessages } from '../en/network.ts';

export const networkMessagesId = {
} satisfies Partial<Record<keyof typeof networkMessages, string>>;
