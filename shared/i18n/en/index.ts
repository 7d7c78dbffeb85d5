// English catalog: one file per area of the app, merged here. Keys are namespaced by area.
import { importMessages } from './import.ts';
import { appMessages } from './app.ts';
import { electronMessages } from './electron.ts';
import { dataMessages } from './data.ts';
import { codebookMessages } from './codebook.ts';
import { importDialogMessages } from './importDialog.ts';
import { sourceMessages } from './sources.ts';
import { informantMessages } from './informants.ts';
import { informantImportMessages } from './informantImport.ts';
import { searchMessages } from './search.ts';
import { codesMessages } from './codes.ts';
import { retrievalMessages } from './retrieval.ts';
import { memosMessages } from './memos.ts';
import { codingMessages } from './coding.ts';
import { transcriptKeysMessages } from './transcriptKeys.ts';
import { cliMessages } from './cli.ts';
import { citationMessages } from './citation.ts';
import { backupsMessages } from './backups.ts';
import { projectFilesMessages } from './projectFiles.ts';
import { projectFileMessages } from './projectFile.ts';
import { originalsMessages } from './originals.ts';
import { displayMessages } from './display.ts';
import { networkMessages } from './network.ts';
import { displaysScreenMessages } from './displaysScreen.ts';
import { summariesMessages } from './summaries.ts';
import { conclusionsMessages } from './conclusions.ts';
import { auditMessages } from './audit.ts';
import { conclusionsDataMessages } from './conclusionsData.ts';
import { conclusionEvidenceMessages } from './conclusionEvidence.ts';
import { conclusionsScreenMessages } from './conclusionsScreen.ts';
import { historyMessages } from './history.ts';
import { memberChecksDataMessages } from './memberChecksData.ts';
import { memberCheckTallyMessages } from './memberCheckTally.ts';
import { verificationMessages } from './verification.ts';
import { memberCheckPacketMessages } from './memberCheckPacket.ts';
import { memberChecksScreenMessages } from './memberChecksScreen.ts';
import { reportMessages } from './report.ts';
import { reportWritersMessages } from './reportWriters.ts';
import { codebookExportMessages } from './codebookExport.ts';
import { pseudonymsMessages } from './pseudonyms.ts';
import { codeAnchorsMessages } from './codeAnchors.ts';
import { memoAnchorsMessages } from './memoAnchors.ts';
import { reportScreenMessages } from './reportScreen.ts';
import { importRunningLinesMessages } from './importRunningLines.ts';
import { languageMessages } from './language.ts';
import { rendererErrorsMessages } from './rendererErrors.ts';

export const englishMessages = { ...importMessages, ...appMessages, ...electronMessages, ...dataMessages, ...codebookMessages,
  ...importDialogMessages, ...sourceMessages, ...informantMessages, ...informantImportMessages, ...searchMessages,
  ...codesMessages,
  ...retrievalMessages, ...memosMessages,
  ...codingMessages, ...transcriptKeysMessages,
  ...cliMessages,
  ...citationMessages,
  ...backupsMessages,
  ...projectFilesMessages,
  ...projectFileMessages,
  ...originalsMessages,
  ...displayMessages,
  ...networkMessages,
  ...displaysScreenMessages,
  ...summariesMessages,
  ...conclusionsMessages,
  ...auditMessages,
  ...conclusionsDataMessages,
  ...conclusionEvidenceMessages,
  ...conclusionsScreenMessages,
  ...historyMessages,
  ...memberChecksDataMessages,
  ...memberCheckTallyMessages,
  ...verificationMessages,
  ...memberCheckPacketMessages,
  ...memberChecksScreenMessages,
  ...reportWritersMessages,
  ...codebookExportMessages,
  ...pseudonymsMessages,
  ...codeAnchorsMessages,
  ...memoAnchorsMessages,
  ...reportMessages,
  ...reportScreenMessages,
  ...importRunningLinesMessages,
  ...languageMessages,
  ...rendererErrorsMessages,
};
