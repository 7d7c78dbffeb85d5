// The report figures' rasteriser for Node (the CLI and the tests): resvg's wasm read from the installed
// @resvg/resvg-wasm package (outside the CLI bundle like every npm dependency), drawing with the DejaVu fonts of the
// packet PDF.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initFigureRaster, resvgRasteriser, type FigureRasteriser } from '../shared/report/writers/figureRaster.ts';
import { loadPacketFonts } from './packetFonts.ts';

const require = createRequire(import.meta.url);

export const loadFigureRasteriser = async (): Promise<FigureRasteriser> => {
  const [fonts] = await Promise.all([loadPacketFonts(), initFigureRaster(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))]);
  return resvgRasteriser([fonts.regular, fonts.bold, fonts.italic]);
};
