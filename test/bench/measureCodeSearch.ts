// The code picker's own matcher (renderer/coding/codeMatcher.ts, fuse.js built once per code list), timed in
// Node per keystroke over the 80 generated codes: the figure DESIGN.md's "< 5 ms" is about, without the React
// render and frame wait that code_picker_p95_ms (measured in the browser) includes.
import { buildCodeTree } from '../../shared/codebook/index.ts';
import type { Code } from '../../shared/model/index.ts';
import { createCodeSearch, pickableCodes } from '../../renderer/coding/codeMatcher.ts';
import { percentile } from './benchStats.ts';

export const measureCodeSearch = (codes: readonly Code[], queries: readonly string[], rounds = 20): { p95Ms: number; buildMs: number } => {
  const buildStarted = performance.now();
  const search = createCodeSearch(pickableCodes(buildCodeTree(codes, [])));
  const buildMs = performance.now() - buildStarted;
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      for (let length = 1; length <= query.length; length += 1) {
        const started = performance.now();
        search(query.slice(0, length), 30);
        timings.push(performance.now() - started);
      }
    }
  }
  return { p95Ms: percentile(timings, 0.95), buildMs };
};
