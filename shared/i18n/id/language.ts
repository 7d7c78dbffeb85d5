// Bahasa Indonesia for the language area (keys of ../en/language.ts), written for Indonesian researchers, not word for word.
import type { languageMessages } from '../en/language.ts';

export const languageMessagesId = {
  'language.settings.title': 'Bahasa',
  'language.settings.legend': 'Bahasa aplikasi',
  'language.settings.help': 'Menu, layar, dan pesan langsung berganti bahasa; teks di dalam proyek Anda tidak diubah. Pilihan ini diingat di komputer ini.',
  'language.name.en': 'English',
  'language.name.id': 'Bahasa Indonesia',
  'language.settings.saveFailed': 'Bahasa sudah diganti, tetapi pilihan ini tidak dapat disimpan untuk pembukaan berikutnya: {reason}',
} satisfies Record<keyof typeof languageMessages, string>;
