// `caseweave packet FILE.caseweave --informant PSEUDONYM|ID --format docx|pdf [--lang en|id] -o OUT`: one informant's
// member-check packet (their own excerpts and the conclusions that use them; shared/export/memberCheckPacket/), in
// the language asked for, else the language of their latest member check, else the command's own language.
import {
  buildMemberCheckPacket, memberCheckPacketDocx, memberCheckPacketPdf, packetDate, packetLanguage, type MemberCheckPacketData, type PacketFormat,
} from '../shared/export/memberCheckPacket/index.ts';
import { effectivePseudonymList } from '../shared/export/pseudonymList.ts';
import { getLocale, t, type Locale } from '../shared/i18n/translate.ts';
import type { Informant, MemberCheck } from '../shared/model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';
import { InputRefused, succeeded, type CommandOutcome } from './exitStatus.ts';
import { loadPacketFonts } from './packetFonts.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';
import { matrixDataOf, snapshotCellCodings } from '../shared/projectFile/snapshotData.ts';

export type PacketRequest = { file: string; informant: string; format: PacketFormat; language: Locale | null; output: string };

/** The informant `wanted` names: by id, else by pseudonym (case ignored); refused when none or several match. */
const findInformant = (informants: readonly Informant[], wanted: string, file: string): Informant => {
  const byId = informants.find((informant) => informant.id === wanted);
  if (byId !== undefined) return byId;
  const key = wanted.trim().toLocaleLowerCase();
  const matches = informants.filter((informant) => informant.pseudonym.trim().toLocaleLowerCase() === key);
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw new InputRefused(t('cli.refused.informantUnknown', { file, informant: wanted }));
  throw new InputRefused(t('cli.refused.informantAmbiguous', { file, informant: wanted, ids: matches.map((informant) => informant.id).join(', ') }));
};

const packetData = (snapshot: ProjectSnapshot): MemberCheckPacketData => {
  const data = matrixDataOf(snapshot);
  const project = snapshotRows(snapshot, 'projects')[0];
  return {
    projectName: project?.name ?? '',
    informants: data.informants, sources: data.sources, codings: data.codings,
    conclusions: snapshotRows(snapshot, 'conclusions'),
    memos: new Map(snapshotRows(snapshot, 'memos').map((memo) => [memo.id, memo])),
    cellCodingIds: snapshotCellCodings(snapshot, data),
    ...(project === undefined ? {} : { pseudonyms: effectivePseudonymList(project, data.informants) }),
  };
};

export const runPacket = async (request: PacketRequest): Promise<CommandOutcome> => {
  const { snapshot } = await openProjectFileAt(request.file);
  const data = packetData(snapshot);
  const informant = findInformant(snapshotRows(snapshot, 'informants'), request.informant, request.file);
  const checks: readonly MemberCheck[] = snapshotRows(snapshot, 'memberChecks');
  const language = request.language ?? packetLanguage(checks, informant.id, getLocale());
  const packet = buildMemberCheckPacket(data, informant.id, language, packetDate(new Date()));
  const bytes = request.format === 'pdf' ? await memberCheckPacketPdf(packet, await loadPacketFonts()) : await memberCheckPacketDocx(packet);
  await writeFileRefusing(request.output, bytes);
  const excerpts = packet.sources.reduce((sum, source) => sum + source.excerpts.length, 0);
  return succeeded(`${t('cli.packet.written', { pseudonym: packet.pseudonym, file: request.output, excerpts, conclusions: packet.conclusions.length })}\n`);
};
