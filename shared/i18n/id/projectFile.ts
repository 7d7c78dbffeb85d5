// Bahasa Indonesia for the projectFile area (keys of ../en/projectFile.ts), written for Indonesian researchers, not word for word.
import type { projectFileMessages } from '../en/projectFile.ts';

export const projectFileMessagesId = {
} satisfies Partial<Record<keyof typeof projectFileMessages, string>>;
