// PLACEHOLDER — drop at merge: the real PDF writer comes from its own branch.
import type { PacketFonts } from '../../export/memberCheckPacket/packetPdf.ts';
import type { ReportDocument } from '../reportDocument.ts';

export const reportPdf = async (document: ReportDocument, fonts: PacketFonts): Promise<Uint8Array> => {
  void fonts;
  return new TextEncoder().encode(`%PDF ${document.title}`);
};
