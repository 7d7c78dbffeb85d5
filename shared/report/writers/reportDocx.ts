// PLACEHOLDER — drop at merge: the real DOCX writer comes from its own branch.
import type { ReportDocument } from '../reportDocument.ts';

export const reportDocx = async (document: ReportDocument, rasterise: (svg: string, width: number) => Promise<Uint8Array>): Promise<Uint8Array> => {
  void rasterise;
  return new TextEncoder().encode(`DOCX ${document.title}`);
};
