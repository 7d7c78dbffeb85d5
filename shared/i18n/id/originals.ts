// Bahasa Indonesia for the originals area (keys of ../en/originals.ts), written for Indonesian researchers, not word for word.
import type { originalsMessages } from '../en/originals.ts';

export const originalsMessagesId = {
  'originals.settings.title': 'Proyek “{name}”',
  'originals.settings.titleNoProject': 'Proyek',
  'originals.settings.noProject': 'Buka sebuah proyek untuk memilih apa saja yang disimpan dalam berkas proyeknya.',
  'originals.settings.keep': 'Simpan berkas hasil impor di dalam berkas proyek',
  'originals.settings.cost':
    'Caseweave lalu menyimpan salinan setiap berkas yang Anda impor mulai sekarang, sehingga kelak dapat disimpan keluar lagi. Berkas proyek, simpanan otomatisnya, dan cadangannya bertambah besar seukuran berkas-berkas itu: satu PDF hasil pindaian dapat menambah puluhan megabita. Mati secara bawaan.',
  'originals.settings.keptNone': 'Tidak ada berkas hasil impor yang disimpan.',
  'originals.settings.kept': '{count, plural, other {# berkas hasil impor}} disimpan ({size}).',
  'originals.off.title': 'Berhenti menyimpan berkas hasil impor?',
  'originals.off.message':
    'Proyek ini menyimpan {count, plural, other {# berkas hasil impor}} ({size}). Buang berkas-berkas itu agar berkas proyek lebih kecil, atau tetap simpan dan hanya berhenti menyimpan berkas baru. Batalkan mengembalikan berkas yang dibuang.',
  'originals.off.drop': 'Buang',
  'originals.off.keep': 'Tetap simpan',
  'originals.dropped': '{count, plural, other {# berkas hasil impor}} ({size}) dibuang dari “{name}”.',
  'originals.undo.drop': 'Buang berkas hasil impor dari “{name}”',
  'originals.undo': 'Batalkan',
  'originals.source.label': 'Berkas asli',
  'originals.source.kept': 'Berkas asli disimpan ({size})',
  'originals.source.save': 'Simpan berkas asli…',
  'originals.source.saved': 'Berkas asli disimpan sebagai {path}.',
  'originals.source.filter': 'Berkas asli',
  'originals.delete.part': 'berkas asli yang disimpan',
  'originals.repair.orphan': 'Ada berkas asli yang disimpan ({fileName}) yang tidak dimiliki sumber mana pun ({source}): berkas ini akan dihapus.',
  'originals.repair.mismatch':
    'Berkas asli yang disimpan untuk sumber "{source}" ({fileName}) bukan berkas asal sumber itu diimpor: berkas ini akan dihapus.',
} satisfies Record<keyof typeof originalsMessages, string>;
