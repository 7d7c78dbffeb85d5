// Bahasa Indonesia messages of the report's DOCX and PDF writers (issue 11): the table of contents and page footer.
import type { reportWritersMessages } from '../en/reportWriters.ts';

export const reportWritersMessagesId = {
  'reportWriters.contents': 'Daftar isi',
  'reportWriters.contentsHint': 'Untuk mengisi nomor halaman, klik kanan daftar isi lalu pilih Update Field.',
  'reportWriters.page': 'Halaman {page} dari {pages}',
} satisfies Record<keyof typeof reportWritersMessages, string>;
