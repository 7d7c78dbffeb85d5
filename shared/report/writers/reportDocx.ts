// PLACEHOLDER — drop at merge: the real DOCX writer comes from its own branch. Just enough to compile and test the
// codebook against the agreed signature `reportDocx(doc, rasteriser): Promise<Uint8Array>`.
import type { ReportDocument } from '../reportDocument.ts';

export const reportDocx = async (doc: ReportDocument, _rasterise: (svg: string, width: number) => Promise<Uint8Array>): Promise<Uint8Array> =>
  new TextEncoder().encode(`PK placeholder ${doc.title}`);
