// Bahasa Indonesia for the memberChecksData area (keys of ../en/memberChecksData.ts), written for Indonesian researchers, not word for word.
import type { memberChecksDataMessages } from '../en/memberChecksData.ts';

export const memberChecksDataMessagesId = {
  'data.undo.createMemberCheck': 'Catat konfirmasi “{name}”',
  'data.undo.editMemberCheck': 'Ubah konfirmasi “{name}”',
  'data.undo.addMemberCheckItem': 'Tambahkan butir ke konfirmasi “{name}”',
  'data.undo.removeMemberCheckItem': 'Hapus butir dari konfirmasi “{name}”',
  'data.undo.recordMemberCheckResponse': 'Catat jawaban dalam konfirmasi “{name}”',
  'data.undo.addMemberCheckOutcome': 'Catat apa yang berubah setelah konfirmasi “{name}”',
  'data.undo.removeMemberCheckOutcome': 'Hapus catatan perubahan setelah konfirmasi “{name}”',
  'data.undo.changeConclusionStatusFromCheck': 'Ubah status kesimpulan setelah konfirmasi “{name}”',
  'data.undo.importMemberCheckWords': 'Impor kata-kata dari konfirmasi “{name}” sebagai sumber',
  'data.undo.deleteMemberCheck': 'Hapus konfirmasi “{name}”',
  'data.memberCheck.wordsSourceTitle': 'Konfirmasi informan: {pseudonym}, {answeredOn}',
  'data.memberCheck.notAnswered': 'belum dijawab',
  'data.error.memberCheckNotFound': 'Konfirmasi ini tidak ditemukan; mungkin sudah dihapus.',
  'data.error.memberCheckItemNotFound': 'Butir yang dikembalikan tidak ditemukan dalam konfirmasi ini; mungkin sudah dihapus.',
  'data.error.memberCheckOutcomeNotFound': 'Perubahan itu tidak ditemukan pada butir yang dikembalikan; mungkin sudah dihapus.',
  'data.error.memberCheckAnsweredBeforeSent': 'Tanggal jawaban tidak boleh mendahului tanggal bahan dikirim.',
  'data.error.memberCheckTargetEmpty': 'Pilih apa yang dikembalikan: paling sedikit satu kutipan atau kesimpulan.',
  'data.error.memberCheckTargetNotFound': 'Bahan yang dikembalikan tidak ditemukan di proyek ini; mungkin sudah dihapus.',
  'data.error.memberCheckKeptReasonEmpty': 'Jelaskan mengapa tidak ada yang berubah: mempertahankan analisis apa adanya perlu alasan.',
  'data.error.memberCheckCorrectionNotFound': 'Tidak ada koreksi atas transkrip itu pada waktu tersebut; koreksi dulu transkripnya, lalu tautkan koreksinya.',
  'data.error.memberCheckStatusUnchanged': 'Kesimpulan itu sudah berstatus demikian; pilih status lain, atau catat bahwa kesimpulan itu dipertahankan.',
  'data.error.memberCheckWordsEmpty': 'Belum ada kata-kata informan untuk diimpor; tuliskan dulu.',
  'data.error.memberCheckWordsImported': 'Kata-kata informan ini sudah diimpor sebagai sumber.',
} satisfies Record<keyof typeof memberChecksDataMessages, string>;
