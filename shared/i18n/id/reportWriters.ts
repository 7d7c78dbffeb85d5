// Bahasa Indonesia words the report writers add themselves (issue 11).
import type { reportWritersMessages } from '../en/reportWriters.ts';

export const reportWritersMessagesId = {
  'reportWriters.contents': 'Daftar isi',
} satisfies Record<keyof typeof reportWritersMessages, string>;
