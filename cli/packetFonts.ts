// The packet PDF's fonts for Node (the CLI and the tests): DejaVu Sans from the installed dejavu-fonts-ttf package,
// which stays outside the CLI bundle like every npm dependency (scripts/build-cli.mjs).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PacketFonts } from '../shared/export/memberCheckPacket/packetPdf.ts';

const require = createRequire(import.meta.url);
const fontFile = (name: string): Promise<Buffer> => readFile(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

export const loadPacketFonts = async (): Promise<PacketFonts> => {
  const [regular, bold, italic] = await Promise.all([fontFile('DejaVuSans.ttf'), fontFile('DejaVuSans-Bold.ttf'), fontFile('DejaVuSans-Oblique.ttf')]);
  return { regular, bold, italic };
};
