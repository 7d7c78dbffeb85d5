// Bahasa Indonesia for the transcriptKeys area (keys of ../en/transcriptKeys.ts), written for Indonesian researchers, not word for word.
// The letters S, P and T are the keys themselves, so they stay as in English.
import type { transcriptKeysMessages } from '../en/transcriptKeys.ts';

export const transcriptKeysMessagesId = {
  'transcript.keys.hint': 'Panah untuk berpindah · Shift+panah untuk memilih · S kalimat · P paragraf · T giliran bicara · Ctrl+K kode',
  'transcript.keys.help':
    'Papan ketik: tekan Tab untuk masuk ke teks. Tombol panah memindahkan kursor; Shift+panah, Ctrl+Shift+panah, dan Shift+Home/End memilih teks. S memilih kalimat, P paragraf, T giliran bicara (bila sudah ada pilihan: memperluasnya menjadi utuh). Ctrl+K atau / memilih kode untuk teks yang dipilih, Ctrl+Shift+I mengodekannya secara in vivo.',
  'transcript.stripes.keys': 'Panah atas dan bawah berpindah antargaris, Enter menampilkan pengodean pada garis itu, Escape kembali ke teks.',
  'transcript.codeTree.keys': 'Tombol panah berpindah antarkode; Enter atau Space mengodekan teks yang dipilih di transkrip dengan kode yang sedang difokuskan.',
} satisfies Record<keyof typeof transcriptKeysMessages, string>;
