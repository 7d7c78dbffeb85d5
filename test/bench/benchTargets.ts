// The targets of DESIGN.md's performance table and of the issues that added figures (9: display_cell_open_ms; 10:
// triangulation_200_conclusions_ms, conclusion_page_ms; 11: report_html_s, report_docx_s, codebook_docx_s, excerpts_xlsx_10k_s), keyed like the bench report, and a one-line-per-figure verdict
// printed to stderr after a run (stdout stays the JSON report alone). Only a reference-scale run is judged.
import type { ReportValue } from './benchReport.ts';
import { progress } from './benchStats.ts';

/** Upper bounds from DESIGN.md and the issues (same unit as the key). */
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
  matrix_informant_by_code_ms: 200,
  cooccurrence_80_codes_ms: 300,
  network_layout_80_nodes_ms: 500,
  display_cell_open_ms: 150,
  triangulation_200_conclusions_ms: 100,
  conclusion_page_ms: 200,
  excerpts_xlsx_10k_s: 5,
  report_html_s: 5,
  report_docx_s: 8,
  codebook_docx_s: 2,
  project_save_s: 3,
  project_open_s: 6,
  autosave_ui_stall_ms: 50,
  renderer_rss_mb: 600,
  renderer_heap_mb: 600,
};

/**
 * The verdict on one figure. DESIGN.md's targets are for the reference project: a figure measured on the --small one
 * (any `scale` but 'reference') is never called met or missed, only not comparable.
 */
export const targetVerdict = (value: ReportValue | undefined, target: number, scale: ReportValue | undefined): string => {
  if (typeof value !== 'number') return 'not measured';
  if (scale !== 'reference') return 'not comparable';
  return value <= target ? 'met' : 'MISSED';
};

export const printTargetVerdicts = (values: Record<string, ReportValue>): void => {
  const scale = values.scale;
  if (scale !== 'reference') progress(`scale ${String(scale)}: these figures are not comparable to the targets of DESIGN.md (reference project only)`);
  for (const [key, target] of Object.entries(DESIGN_TARGETS)) {
    const value = values[key];
    progress(`${targetVerdict(value, target, scale).padEnd(15)} ${key} = ${String(value ?? null)} (target < ${target})`);
  }
};
