// Bahasa Indonesia for the conclusionEvidence area (keys of ../en/conclusionEvidence.ts), written for Indonesian researchers, not word for word.
import type { conclusionEvidenceMessages } from '../en/conclusionEvidence.ts';

export const conclusionEvidenceMessagesId = {
} satisfies Partial<Record<keyof typeof conclusionEvidenceMessages, string>>;
