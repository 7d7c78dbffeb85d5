// Bahasa Indonesia for the history area (keys of ../en/history.ts), written for Indonesian researchers, not word for word.
import type { historyMessages } from '../en/history.ts';

export const historyMessagesId = {
  'history.heading': 'Riwayat',
  'history.none': 'Belum ada perubahan yang tercatat.',
  'history.entry': '{action}: {detail}',
  'history.merged': '“{from}” digabungkan ke dalam “{into}”',
  'history.renamed': 'Nama diubah dari “{from}” menjadi “{to}”',
  'history.byWhen': '{who}, {when}',
  'history.openTrail': 'Buka di jejak audit',
  'history.all': 'Semua {count, plural, other {# peristiwa}} di jejak audit',
} satisfies Record<keyof typeof historyMessages, string>;
