// Bahasa Indonesia for the verification area (keys of ../en/verification.ts), written for Indonesian researchers, not word for word.
import type { verificationMessages } from '../en/verification.ts';

export const verificationMessagesId = {
} satisfies Partial<Record<keyof typeof verificationMessages, string>>;
