// Bahasa Indonesia words the report writers add themselves (issue 11): the contents, the DOCX contents hint, the page footer.
import type { reportWritersMessages } from '../en/reportWriters.ts';

export const reportWritersMessagesId = {
  'reportWriters.contents': 'Daftar isi',
  'reportWriters.contentsHint': 'Untuk mengisi nomor halaman, klik kanan daftar isi lalu pilih Update Field.',
  'reportWriters.page': 'Halaman {page} dari {pages}',
} satisfies Record<keyof typeof reportWritersMessages, string>;
