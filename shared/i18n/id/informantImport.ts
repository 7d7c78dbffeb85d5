// Bahasa Indonesia for the informantImport area (keys of ../en/informantImport.ts), written for Indonesian researchers, not word for word.
import type { informantImportMessages } from '../en/informantImport.ts';

export const informantImportMessagesId = {
} satisfies Partial<Record<keyof typeof informantImportMessages, string>>;
