// Bahasa Indonesia catalog: one file per area, merged here. It may be partial: a key it lacks is shown in English
// (translate.ts), so areas are translated one at a time, starting with what informants read.
import type { MessageKey } from '../translate.ts';
import { memberCheckPacketMessagesId } from './memberCheckPacket.ts';
import { reportWritersMessagesId } from './reportWriters.ts';
import { codebookExportMessagesId } from './codebookExport.ts';
import { pseudonymsMessagesId } from './pseudonyms.ts';
import { codeAnchorsMessagesId } from './codeAnchors.ts';
import { memoAnchorsMessagesId } from './memoAnchors.ts';
import { reportMessagesId } from './report.ts';
import { reportVocabularyId } from './reportVocabulary.ts';
import { reportScreenMessagesId } from './reportScreen.ts';
import { importRunningLinesMessagesId } from './importRunningLines.ts';
import { importMessagesId } from './import.ts';
import { appMessagesId } from './app.ts';
import { electronMessagesId } from './electron.ts';
import { dataMessagesId } from './data.ts';
import { codebookMessagesId } from './codebook.ts';
import { importDialogMessagesId } from './importDialog.ts';
import { sourcesMessagesId } from './sources.ts';
import { informantsMessagesId } from './informants.ts';
import { informantImportMessagesId } from './informantImport.ts';
import { searchMessagesId } from './search.ts';
import { codesMessagesId } from './codes.ts';
import { retrievalMessagesId } from './retrieval.ts';
import { memosMessagesId } from './memos.ts';
import { codingMessagesId } from './coding.ts';
import { transcriptKeysMessagesId } from './transcriptKeys.ts';
import { cliMessagesId } from './cli.ts';
import { citationMessagesId } from './citation.ts';
import { backupsMessagesId } from './backups.ts';
import { projectFilesMessagesId } from './projectFiles.ts';
import { projectFileMessagesId } from './projectFile.ts';
import { originalsMessagesId } from './originals.ts';
import { displayMessagesId } from './display.ts';
import { networkMessagesId } from './network.ts';
import { displaysScreenMessagesId } from './displaysScreen.ts';
import { summariesMessagesId } from './summaries.ts';
import { conclusionsMessagesId } from './conclusions.ts';
import { auditMessagesId } from './audit.ts';
import { conclusionsDataMessagesId } from './conclusionsData.ts';
import { conclusionEvidenceMessagesId } from './conclusionEvidence.ts';
import { conclusionsScreenMessagesId } from './conclusionsScreen.ts';
import { historyMessagesId } from './history.ts';
import { memberChecksDataMessagesId } from './memberChecksData.ts';
import { memberCheckTallyMessagesId } from './memberCheckTally.ts';
import { verificationMessagesId } from './verification.ts';
import { memberChecksScreenMessagesId } from './memberChecksScreen.ts';
import { languageMessagesId } from './language.ts';
import { rendererErrorsMessagesId } from './rendererErrors.ts';

export const indonesianMessages: Partial<Record<MessageKey, string>> = {
  ...importMessagesId,
  ...appMessagesId,
  ...electronMessagesId,
  ...dataMessagesId,
  ...codebookMessagesId,
  ...importDialogMessagesId,
  ...sourcesMessagesId,
  ...informantsMessagesId,
  ...informantImportMessagesId,
  ...searchMessagesId,
  ...codesMessagesId,
  ...retrievalMessagesId,
  ...memosMessagesId,
  ...codingMessagesId,
  ...transcriptKeysMessagesId,
  ...cliMessagesId,
  ...citationMessagesId,
  ...backupsMessagesId,
  ...projectFilesMessagesId,
  ...projectFileMessagesId,
  ...originalsMessagesId,
  ...displayMessagesId,
  ...networkMessagesId,
  ...displaysScreenMessagesId,
  ...summariesMessagesId,
  ...conclusionsMessagesId,
  ...auditMessagesId,
  ...conclusionsDataMessagesId,
  ...conclusionEvidenceMessagesId,
  ...conclusionsScreenMessagesId,
  ...historyMessagesId,
  ...memberChecksDataMessagesId,
  ...memberCheckTallyMessagesId,
  ...verificationMessagesId,
  ...memberChecksScreenMessagesId,
  ...memberCheckPacketMessagesId,
  ...reportWritersMessagesId,
  ...codebookExportMessagesId,
  ...pseudonymsMessagesId,
  ...codeAnchorsMessagesId,
  ...memoAnchorsMessagesId,
  ...reportMessagesId,
  ...reportVocabularyId,
  ...reportScreenMessagesId,
  ...importRunningLinesMessagesId,
  ...languageMessagesId,
  ...rendererErrorsMessagesId,
};
