// The report's figures as PNG for the DOCX in Node: resvg (WebAssembly, so no native build and no browser) draws a
// figure's SVG with the DejaVu Sans the PDF embeds, so labels look the same in every format. The module loads once.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { loadPacketFonts } from './packetFonts.ts';

const require = createRequire(import.meta.url);

let ready: Promise<Uint8Array[]> | null = null;

const prepare = async (): Promise<Uint8Array[]> => {
  await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const fonts = await loadPacketFonts();
  return [fonts.regular, fonts.bold, fonts.italic];
};

/** `svg` drawn `width` pixels wide on white, as PNG bytes. */
export const rasteriseFigure = async (svg: string, width: number): Promise<Uint8Array> => {
  ready ??= prepare();
  const fontBuffers = await ready;
  const drawing = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) },
    background: '#ffffff',
    font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  try {
    const image = drawing.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    drawing.free();
  }
};
