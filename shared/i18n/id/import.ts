// Bahasa Indonesia for the import area (keys of ../en/import.ts), written for Indonesian researchers, not word for word.
import type { importMessages } from '../en/import.ts';

export const importMessagesId = {
  'import.warning.runningLinesRemoved': '{file}: {count, plural, other {# baris header/footer berulang}} dihapus dari teks.',
} satisfies Partial<Record<keyof typeof importMessages, string>>;
