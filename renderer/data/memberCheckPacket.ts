// Makes an informant's member-check packet in the app: reads the project's data (the window's matrix data copy, its
// conclusions, memos and displays), builds the packet's content with the shared code, and has the packet worker write
// it as DOCX or PDF (on this thread only if no worker can start).
import { cellCodingLookup } from '../../shared/analysis/cellCodings.ts';
import { buildMemberCheckPacket, type MemberCheckPacketData } from '../../shared/export/memberCheckPacket/packetContent.ts';
import { effectivePseudonymList } from '../../shared/export/pseudonymList.ts';
import { packetFileStem } from '../../shared/export/memberCheckPacket/packetBlocks.ts';
import { packetDate, packetLanguage, type PacketFormat } from '../../shared/export/memberCheckPacket/packetOptions.ts';
import type { Locale } from '../../shared/i18n/translate.ts';
import type { Id } from '../../shared/model/index.ts';
import type { RpcClient } from '../workers/rpcClient.ts';
import { servePacketWriting, type PacketWriterMethods } from '../workers/packetWriterService.ts';
import { openServiceClient, startPacketWriterWorker } from '../workers/workerConnections.ts';
import type { CaseweaveDatabase } from './database.ts';
import { matrixDataFor } from './matrixDataCache.ts';

/** The language to offer first: that of the informant's latest member check (`fromCheck`), else the app's. */
export const suggestedPacketLanguage = async (db: CaseweaveDatabase, informantId: Id, fallback: Locale): Promise<{ language: Locale; fromCheck: boolean }> => {
  const checks = await db.memberChecks.where('informantId').equals(informantId).toArray();
  return { language: packetLanguage(checks, informantId, fallback), fromCheck: checks.length > 0 };
};

const packetData = async (db: CaseweaveDatabase, projectId: Id): Promise<MemberCheckPacketData> => {
  const [{ data }, project, conclusions, memos, displays] = await Promise.all([
    matrixDataFor(db, projectId),
    db.projects.get(projectId),
    db.conclusions.where('projectId').equals(projectId).toArray(),
    db.memos.where('projectId').equals(projectId).toArray(),
    db.displays.where('projectId').equals(projectId).toArray(),
  ]);
  return {
    projectName: project?.name ?? '', informants: data.informants, sources: data.sources, codings: data.codings, conclusions,
    memos: new Map(memos.map((memo) => [memo.id, memo])),
    cellCodingIds: cellCodingLookup(data, new Map(displays.map((display) => [display.id, display]))),
    ...(project === undefined ? {} : { pseudonyms: effectivePseudonymList(project, data.informants) }),
  };
};

let writer: RpcClient<PacketWriterMethods> | null = null;
const packetWriter = (): RpcClient<PacketWriterMethods> => {
  writer ??= openServiceClient<PacketWriterMethods>(startPacketWriterWorker(), servePacketWriting, { stateless: true });
  return writer;
};

/** The packet file: its suggested name (in the packet's language) and bytes. */
export const memberCheckPacketFile = async (
  db: CaseweaveDatabase, projectId: Id, informantId: Id, format: PacketFormat, language: Locale,
): Promise<{ fileName: string; bytes: Uint8Array }> => {
  const packet = buildMemberCheckPacket(await packetData(db, projectId), informantId, language, packetDate(new Date()));
  const bytes = await packetWriter().call('write', { packet, format });
  return { fileName: `${packetFileStem(packet)}.${format}`, bytes };
};
