// Bahasa Indonesia for the codebook area (keys of ../en/codebook.ts), written for Indonesian researchers, not word for word.
import type { codebookMessages } from '../en/codebook.ts';

export const codebookMessagesId = {
} satisfies Partial<Record<keyof typeof codebookMessages, string>>;
