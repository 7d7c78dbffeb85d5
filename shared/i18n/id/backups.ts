// Bahasa Indonesia for the backups area (keys of ../en/backups.ts), written for Indonesian researchers, not word for word.
import type { backupsMessages } from '../en/backups.ts';

export const backupsMessagesId = {
  'backups.title': 'Cadangan',
  'backups.explanation':
    'Selama proyek terbuka, Caseweave mencadangkannya setiap 10 menit bila ada perubahan, dan saat Anda menutupnya. Untuk setiap proyek disimpan {newest} cadangan terbaru, ditambah satu cadangan per hari selama {days} hari.',
  'backups.location.folder': 'Cadangan disimpan di folder {folder}',
  'backups.location.browser':
    'Cadangan disimpan di penyimpanan pribadi peramban ini untuk situs ini. Menghapus data situs juga menghapus cadangannya, jadi simpan proyek ke berkas agar ada salinan di tempat lain.',
  'backups.unavailable': 'Peramban ini tidak punya penyimpanan berkas pribadi, jadi Caseweave tidak dapat menyimpan cadangan di sini. Simpan proyek Anda ke berkas.',
  'backups.loading': 'Membaca cadangan…',
  'backups.listFailed': 'Daftar cadangan tidak dapat dibaca: {reason}',
  'backups.empty': 'Belum ada cadangan.',
  'backups.backUpNow': 'Cadangkan sekarang',
  'backups.backUpNow.label': 'Cadangkan “{name}” sekarang',
  'backups.backingUp': 'Mencadangkan…',
  'backups.noProject': 'Buka sebuah proyek untuk mencadangkannya.',
  'backups.backedUp': '“{name}” sudah dicadangkan ({size}).',
  'backups.failed': 'Cadangan “{name}” tidak dapat ditulis: {reason}',
  'backups.project.count': '{count, plural, other {# cadangan}}',
  'backups.project.open': 'sedang terbuka',
  'backups.table': 'Cadangan {name}',
  'backups.column.savedAt': 'Disimpan',
  'backups.column.size': 'Ukuran',
  'backups.column.actions': 'Tindakan',
  'backups.restore': 'Pulihkan',
  'backups.restore.label': 'Pulihkan cadangan “{name}” dari {date} sebagai salinan',
  'backups.restore.explanation': 'Memulihkan membuka cadangan sebagai proyek baru di samping proyek lain; tidak ada yang ditimpa.',
  'backups.restoring': 'Memulihkan…',
  'backups.restoredName': '{name} (dipulihkan {date})',
  'backups.restored': 'Cadangan dari {date} dipulihkan sebagai “{name}”.',
  'backups.repairs.title': 'Perbaiki cadangan dari {date}?',
  'backups.repairs.message':
    'Cadangan ini punya {count, plural, other {# masalah}} yang dapat diperbaiki. Pulihkan dengan {count, plural, =1 {perbaikan ini} other {perbaikan-perbaikan ini}}? Jejak audit salinan hasil pemulihan akan mencatatnya.',
  'backups.repairs.confirm': 'Perbaiki dan pulihkan',
  'backups.restoreFailed': 'Cadangan dari {date} tidak dapat dipulihkan: {reason}',
} satisfies Record<keyof typeof backupsMessages, string>;
