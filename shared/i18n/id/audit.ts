// Bahasa Indonesia for the audit area (keys of ../en/audit.ts), written for Indonesian researchers, not word for word.
import type { auditMessages } from '../en/audit.ts';

export const auditMessagesId = {
} satisfies Partial<Record<keyof typeof auditMessages, string>>;
