// Bahasa Indonesia for the projectFile area (keys of ../en/projectFile.ts), written for Indonesian researchers, not word for word.
import type { projectFileMessages } from '../en/projectFile.ts';

export const projectFileMessagesId = {
  'projectFile.repair.codingSplitsCharacter': 'Pengodean {coding} pada "{source}" ({start}–{end}) dimulai atau berakhir di tengah satu karakter (huruf beraksen, emoji, atau bendera): pengodean akan mencakup karakter itu seutuhnya ({newStart}–{newEnd}).',
} satisfies Partial<Record<keyof typeof projectFileMessages, string>>;
