// Bahasa Indonesia for the backups area (keys of ../en/backups.ts), written for Indonesian researchers, not word for word.
import type { backupsMessages } from '../en/backups.ts';

export const backupsMessagesId = {
} satisfies Partial<Record<keyof typeof backupsMessages, string>>;
