// Bahasa Indonesia messages of a code's anchor example (issue 11, point 2). Written as Indonesian, not word for word
// from the English.
import type { codeAnchorsMessages } from '../en/codeAnchors.ts';

export const codeAnchorsMessagesId = {
  'codeAnchors.title': 'Contoh jangkar',
  'codeAnchors.hint': 'Kutipan yang ditampilkan buku kode untuk kode ini. Bila belum dipilih: kutipan pertama.',
  'codeAnchors.none': 'Kode ini belum punya kutipan berkode.',
  'codeAnchors.current': 'Jangkar',
  'codeAnchors.first': 'Kutipan pertama (ditampilkan selama belum ada pilihan)',
  'codeAnchors.use': 'Jadikan contoh jangkar',
  'codeAnchors.useLabel': 'Jadikan kutipan dari {source} contoh jangkar',
  'codeAnchors.clear': 'Hapus pilihan',
  'codeAnchors.clearLabel': 'Hapus pilihan contoh jangkar',
  'codeAnchors.more': '{count, plural, other {# kutipan berkode lainnya}} (lihat Kutipan berkode).',
  'codeAnchors.undo.set': 'Pilih contoh jangkar "{name}"',
  'codeAnchors.undo.clear': 'Hapus contoh jangkar "{name}"',
  'codebook.error.anchorNotOfCode': 'Hanya kutipan berkode dari kode ini yang bisa menjadi contoh jangkarnya.',
  'projectFile.repair.codeAnchorMissing': 'Kode "{code}" memakai sebagai contoh jangkar sebuah pengodean yang tidak ada ({coding}): kode ini tidak akan punya jangkar (kutipan pertamanya yang tampil).',
  'projectFile.repair.codeAnchorOtherCode': 'Kode "{code}" memakai sebagai contoh jangkar pengodean dari kode lain ({coding}): kode ini tidak akan punya jangkar (kutipan pertamanya yang tampil).',
} satisfies Record<keyof typeof codeAnchorsMessages, string>;
