// The packet PDF's fonts in the app: DejaVu Sans files bundled by Vite as assets (so the packaged app carries them
// without node_modules) and fetched from the app's own origin the first time a PDF packet is made.
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import { DataError } from '../data/errors.ts';
import type { PacketFonts } from '../../shared/export/memberCheckPacket/packetPdf.ts';

let loading: Promise<PacketFonts> | null = null;

const fetchFont = async (url: string): Promise<Uint8Array> => {
  const response = await fetch(url);
  if (!response.ok) throw new DataError('rendererErrors.packetFontMissing', { url, status: String(response.status) });
  return new Uint8Array(await response.arrayBuffer());
};

export const loadPacketFonts = (): Promise<PacketFonts> => {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl), fetchFont(italicUrl)]).then(([regular, bold, italic]) => ({ regular, bold, italic }));
  // A failed load is not kept: the next packet tries again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
};
