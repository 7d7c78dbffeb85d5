// The report figures' rasteriser in the app (a Worker or the page): resvg's wasm bundled by Vite as an asset and
// fetched from the app's own origin with the first figure, drawing with the DejaVu fonts the packet PDF loads.
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import { initFigureRaster, resvgRasteriser, type FigureRasteriser } from '../../shared/report/writers/figureRaster.ts';
import { loadPacketFonts } from './packetFonts.ts';

export const loadFigureRasteriser = async (): Promise<FigureRasteriser> => {
  const [fonts] = await Promise.all([loadPacketFonts(), initFigureRaster(fetch(wasmUrl))]);
  return resvgRasteriser([fonts.regular, fonts.bold, fonts.italic]);
};
