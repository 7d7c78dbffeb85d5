// Bahasa Indonesia for the conclusionsData area (keys of ../en/conclusionsData.ts), written for Indonesian researchers, not word for word.
import type { conclusionsDataMessages } from '../en/conclusionsData.ts';

export const conclusionsDataMessagesId = {
  'data.undo.createConclusion': 'Tarik kesimpulan “{name}”',
  'data.undo.editConclusion': 'Ubah kesimpulan “{name}”',
  'data.undo.editConclusionFraming': 'Ubah pertanyaan, peran, kode, atau display pada “{name}”',
  'data.undo.changeConclusionStatus': 'Ubah status “{name}”',
  'data.undo.addEvidence': 'Tambah bukti pada “{name}”',
  'data.undo.removeEvidence': 'Hapus bukti dari “{name}”',
  'data.undo.editWeightNote': 'Ubah catatan bobot bukti pada “{name}”',
  'data.undo.resolveEvidence': 'Selesaikan bukti penyangkal “{name}”',
  'data.undo.logTactic': 'Catat taktik verifikasi pada “{name}”',
  'data.undo.markRival': 'Tandai penjelasan tandingan bagi “{name}”',
  'data.undo.deleteConclusion': 'Hapus kesimpulan “{name}”',
  'data.error.conclusionNotFound': 'Kesimpulan tidak ditemukan; mungkin sudah dihapus.',
  'data.error.conclusionStatementEmpty': 'Kesimpulan harus memiliki pernyataan.',
  'data.error.conclusionStatusReasonEmpty': 'Sebutkan alasan perubahan status: setiap perubahan status memerlukan alasan.',
  'data.error.conclusionQuestionNotFound': 'Pertanyaan penelitian itu tidak ditemukan dalam proyek ini.',
  'data.error.evidenceDuplicate.supporting': 'Ini sudah menjadi bukti pendukung kesimpulan tersebut.',
  'data.error.evidenceDuplicate.disconfirming': 'Ini sudah menjadi bukti penyangkal kesimpulan tersebut.',
  'data.error.evidenceNotFound': 'Bukti itu tidak ditemukan pada kesimpulan; mungkin sudah dihapus.',
  'data.error.evidenceResolveSupporting': 'Hanya bukti penyangkal yang perlu diselesaikan; bukti pendukung tidak memerlukannya.',
  'data.error.evidenceResolutionNoteEmpty': 'Sebutkan bagaimana bukti penyangkal itu ditangani: penyelesaian memerlukan catatan.',
  'data.error.conclusionCodeNotFound': 'Sebuah kode yang terhubung dengan kesimpulan tidak ditemukan dalam proyek ini; mungkin sudah dihapus.',
  'data.error.conclusionDisplayNotFound': 'Sebuah display yang terhubung dengan kesimpulan tidak ditemukan dalam proyek ini; mungkin sudah dihapus.',
  'data.error.conclusionRivalOfItself': 'Sebuah kesimpulan tidak dapat menjadi penjelasan tandingan bagi dirinya sendiri.',
  'data.error.conclusionRivalNotFound': 'Kesimpulan tandingan itu tidak ditemukan dalam proyek ini.',
} satisfies Record<keyof typeof conclusionsDataMessages, string>;
