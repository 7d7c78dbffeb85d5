// Bahasa Indonesia catalog: one file per area, merged here. It may be partial: a key it lacks is shown in English
// (translate.ts), so areas are translated one at a time, starting with what informants read.
import type { MessageKey } from '../translate.ts';
import { memberCheckPacketMessagesId } from './memberCheckPacket.ts';
import { reportWritersMessagesId } from './reportWriters.ts';
import { codebookExportMessagesId } from './codebookExport.ts';
import { pseudonymsMessagesId } from './pseudonyms.ts';
import { codeAnchorsMessagesId } from './codeAnchors.ts';
import { reportMessagesId } from './report.ts';
import { reportVocabularyId } from './reportVocabulary.ts';
import { reportScreenMessagesId } from './reportScreen.ts';

export const indonesianMessages: Partial<Record<MessageKey, string>> = {
  ...memberCheckPacketMessagesId,
  ...reportWritersMessagesId,
  ...codebookExportMessagesId,
  ...pseudonymsMessagesId,
  ...codeAnchorsMessagesId,
  ...reportMessagesId,
  ...reportVocabularyId,
  ...reportScreenMessagesId,
};
