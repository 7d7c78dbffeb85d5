// A standalone SVG made ready for an HTML page: no prolog or comment before the root, every id and every reference
// to it prefixed, ids that begin like others (arrow-1, arrow-10) each renamed whole, and other text left alone.
import { describe, expect, it } from 'vitest';
import { inlineSvg } from '../../../../../shared/report/writers/inlineSvg.ts';

describe('inlineSvg', () => {
  it('drops the prolog and prefixes ids with their url() and href references', () => {
    const svg = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- drawn by Caseweave -->',
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">',
      '<defs><marker id="arrow-1"/><marker id="arrow-10"/><path id="p"/></defs>',
      '<path marker-end="url(#arrow-10)"/><path marker-end="url(#arrow-1)"/><use href="#p"/>',
      '<text>id="arrow-1" stays as written</text>',
      '</svg>',
      '',
    ].join('\n');
    expect(inlineSvg(svg, 'figure-2')).toBe([
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">',
      '<defs><marker id="figure-2-arrow-1"/><marker id="figure-2-arrow-10"/><path id="figure-2-p"/></defs>',
      '<path marker-end="url(#figure-2-arrow-10)"/><path marker-end="url(#figure-2-arrow-1)"/><use href="#figure-2-p"/>',
      '<text>id="arrow-1" stays as written</text>',
      '</svg>',
    ].join('\n'));
  });

  it('leaves a drawing without ids as it is, but for the prolog', () => {
    expect(inlineSvg('<?xml version="1.0"?>\n<svg><rect/></svg>\n', 'f')).toBe('<svg><rect/></svg>');
  });
});
