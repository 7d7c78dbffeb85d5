// Bahasa Indonesia for the importRunningLines area (keys of ../en/importRunningLines.ts), written for Indonesian researchers.
import type { importRunningLinesMessages } from '../en/importRunningLines.ts';

export const importRunningLinesMessagesId = {
  'importUi.runningLines.region': 'Header dan footer berulang di {file}',
  'importUi.runningLines.list': 'Baris yang dihapus dari {file}',
  'importUi.runningLines.kept': '{count, plural, other {# baris header/footer berulang tetap}} ada di dalam teks.',
  'importUi.runningLines.keep': 'Biarkan tetap di dalam teks',
  'importUi.runningLines.keepFor': 'Biarkan header dan footer berulang tetap di dalam teks {file}',
  'importUi.runningLines.rereading': 'Membaca ulang berkas…',
} satisfies Record<keyof typeof importRunningLinesMessages, string>;
