// How big the PDF draws a report figure: at its own size when it fits the column, scaled down (never up) to the
// column's width or the page's height when it does not, keeping its proportions.
import { describe, expect, it } from 'vitest';
import { reportFigure } from '../../../../../shared/report/reportFigure.ts';
import { figureScale } from '../../../../../shared/report/writers/pdfFigure.ts';
import { sampleReportDocument } from '../../../../support/sampleReportDocument.ts';

const sampleFigure = () => {
  const block = sampleReportDocument().sections[1].blocks[0];
  if (block.kind !== 'figure') throw new Error('The sample’s model section holds its figure');
  return block;
};

describe('figureScale', () => {
  it('draws a small figure at its own size', () => {
    const size = figureScale(sampleFigure(), 470, 700);
    expect(size.scale).toBe(1);
    expect(size.width).toBeLessThanOrEqual(470);
  });

  it('scales a wide figure down to the column, keeping its proportions', () => {
    const figure = sampleFigure();
    const wide = reportFigure({ ...figure, network: { ...figure.network, positions: { ...figure.network.positions, n2: { x: 1800, y: 0 } } } });
    const size = figureScale(wide, 470, 700);
    expect(size.scale).toBeLessThan(1);
    expect(size.width).toBeCloseTo(470, 5);
    expect(size.height / size.width).toBeCloseTo(figureScale(wide, 10_000, 10_000).height / figureScale(wide, 10_000, 10_000).width, 5);
  });

  it('scales a tall figure down to the height it may take', () => {
    const figure = sampleFigure();
    const tall = reportFigure({ ...figure, network: { ...figure.network, positions: { ...figure.network.positions, n3: { x: 0, y: 2400 } } } });
    const size = figureScale(tall, 470, 600);
    expect(size.height).toBeCloseTo(600, 5);
    expect(size.width).toBeLessThan(470);
  });
});
