// The targets of DESIGN.md's performance table, keyed like the bench report, and a one-line-per-figure verdict
// printed to stderr after a run (stdout stays the JSON report alone).
import type { ReportValue } from './benchReport.ts';
import { progress } from './benchStats.ts';

/** Upper bounds from DESIGN.md (same unit as the key). */
export const DESIGN_TARGETS: Readonly<Record<string, number>> = {
  import_200_sources_s: 30,
  open_12k_words_first_paint_ms: 300,
  open_100k_words_first_paint_ms: 1500,
  typing_latency_100k_words_ms: 50,
  apply_code_100k_words_p95_ms: 50,
  apply_code_p95_ms: 50,
  search_p95_ms: 50,
  code_picker_p95_ms: 5,
  code_picker_search_node_p95_ms: 5,
  renderer_rss_mb: 600,
  renderer_heap_mb: 600,
};

export const printTargetVerdicts = (values: Record<string, ReportValue>): void => {
  for (const [key, target] of Object.entries(DESIGN_TARGETS)) {
    const value = values[key];
    const verdict = typeof value === 'number' ? (value <= target ? 'met' : 'MISSED') : 'not measured';
    progress(`${verdict.padEnd(12)} ${key} = ${String(value ?? null)} (target < ${target})`);
  }
};
