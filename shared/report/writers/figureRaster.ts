// A report figure's SVG drawn as a PNG, for the DOCX's fallback image (Word processors without SVG show it). resvg
// (WebAssembly) draws it with the fonts it is given — the DejaVu fonts the app ships — so the picture is the same on
// every machine. Finding the wasm is the platform's part: the CLI reads it from node_modules (cli/figureRaster.ts),
// the app fetches it as a Vite asset (`@resvg/resvg-wasm/index_bg.wasm?url`); either hands it to `initFigureRaster`
// once, then makes a rasteriser here.
import { Resvg, initWasm, type InitInput } from '@resvg/resvg-wasm';

/** Draws a standalone SVG `width` pixels wide, as PNG bytes. */
export type FigureRasteriser = (svg: string, width: number) => Promise<Uint8Array>;

let initialised: Promise<void> | null = null;

/** Initialises resvg's WebAssembly once per process or worker: its bytes, a compiled module, or a fetch of it. */
export const initFigureRaster = (wasm: InitInput | Promise<InitInput>): Promise<void> => {
  initialised ??= initWasm(wasm);
  // A failed start is not kept: the next figure tries again.
  initialised.catch(() => {
    initialised = null;
  });
  return initialised;
};

/** A rasteriser over resvg, whose wasm the caller has initialised; `fonts` are TrueType files' bytes. */
export const resvgRasteriser = (fonts: readonly Uint8Array[], familyName = 'DejaVu Sans'): FigureRasteriser => async (svg, width) => {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) },
    background: '#ffffff',
    font: { fontBuffers: [...fonts], defaultFontFamily: familyName, sansSerifFamily: familyName, serifFamily: familyName, monospaceFamily: familyName },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
};
