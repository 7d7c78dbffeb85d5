// Bahasa Indonesia for the importDialog area (keys of ../en/importDialog.ts), written for Indonesian researchers, not word for word.
import type { importDialogMessages } from '../en/importDialog.ts';

export const importDialogMessagesId = {
} satisfies Partial<Record<keyof typeof importDialogMessages, string>>;
