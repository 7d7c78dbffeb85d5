// Bahasa Indonesia for the projectFiles area (keys of ../en/projectFiles.ts), written for Indonesian researchers, not word for word.
import type { projectFilesMessages } from '../en/projectFiles.ts';

export const projectFilesMessagesId = {
} satisfies Partial<Record<keyof typeof projectFilesMessages, string>>;
