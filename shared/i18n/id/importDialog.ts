// Bahasa Indonesia for the importDialog area (keys of ../en/importDialog.ts), written for Indonesian researchers, not word for word.
import type { importDialogMessages } from '../en/importDialog.ts';

export const importDialogMessagesId = {
  'importUi.speakers.turns': '{count} giliran',
  'importUi.speakers.notSpeaker': 'Bukan penutur',
  'importUi.speakers.notSpeakerFor': '{speaker} di {file} bukan penutur',
  'importUi.speakers.addPlaceholder': 'Tambah label penutur…',
  'importUi.speakers.addFor': 'Tambah label penutur di {file}',
  'importUi.speakers.add': 'Tambah',
  'importUi.encoding.how.bom': 'Pengodean (penanda urutan byte):',
  'importUi.encoding.how.valid': 'Pengodean (terdeteksi):',
  'importUi.encoding.how.assumed': 'Pengodean (diasumsikan):',
  'importUi.encoding.how.chosen': 'Pengodean (dipilih):',
  'importUi.encoding.pick': 'Pengodean {file}',
  'importUi.encoding.preview': 'Awal teks {file}',
} satisfies Partial<Record<keyof typeof importDialogMessages, string>>;
