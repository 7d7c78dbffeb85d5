// The order of a bench run on the generated project: import through the UI (and its raw-IndexedDB baseline), seed
// the analysis layer, then each measurement in its own attempt so one missing UI piece never sinks the rest.
import type { Browser, Page } from '@playwright/test';
import { round } from './benchStats.ts';
import type { BenchReport } from './benchReport.ts';
import { reloadApp } from './benchSession.ts';
import type { GeneratedSource, LargeProject } from './generateLargeProject.ts';
import { measureApplyCodeByClick } from './measureApplyCode.ts';
import { codePickerBaselines, indexOfBaseline, loadTextsIntoPage, naiveFuseSearchBaseline } from './measureBaselines.ts';
import { measureCodebookDocx } from './measureCodebook.ts';
import { measureCodePicker } from './measureCodePicker.ts';
import { measureCodeSearch } from './measureCodeSearch.ts';
import { measureDisplayCompute } from './measureDisplayCompute.ts';
import { measureCellOpen, measureDisplayOpen } from './measureDisplays.ts';
import { measureTriangulation } from './measureTriangulation.ts';
import { measureExcerptsXlsx, measureReport } from './measureExports.ts';
import { benchSnapshot } from './benchSnapshot.ts';
import { measureConclusionPage, seedConclusion } from './measureConclusionPage.ts';
import { importThroughUi, rawIndexedDbImportBaseline } from './measureImport.ts';
import { measureRendererMemory } from './measureMemory.ts';
import { measureAutosaveWhileTyping, measureOpenAsCopy, measureSaveAs, rawReadAndStringifyBaseline } from './measureProjectFile.ts';
import { measureSourceOpen, openSourceOnce } from './measureOpenSource.ts';
import { measureRetrieval } from './measureRetrieval.ts';
import { measureSearchQueries, openSearchAndBuildIndex, searchTypingPause } from './measureSearch.ts';
import { measureSearchIndexStore } from './measureSearchIndexStore.ts';
import { measureCorrectionTyping } from './measureTyping.ts';
import { seedDisplays } from './seedDisplays.ts';
import { seedAnalysisLayer, seedProject, seedSourcesDirectly, sourceIdsBySha } from './seedInPage.ts';
import { createRandom } from './seededRandom.ts';

const PICKER_QUERIES = ['barr', 'netw', 'diasp', 'quali', 'tens', 'strat', 'fin', 'lear', 'herit', 'outc'];
const TYPING_LETTERS = 'the drums arrived in osaka in may and the buyers wanted forty more';

/** Opening words of a source's first speaker turn: what the transcript must show to count as painted. */
const openingWords = (source: GeneratedSource): string => {
  const turn = source.turns.find((candidate) => candidate.speaker !== null && candidate.end - candidate.start > 30) ?? source.turns[0];
  return source.text.slice(turn.start, Math.min(turn.end, turn.start + 30));
};

const ratio = (value: unknown, baseline: unknown): number | null =>
  typeof value === 'number' && typeof baseline === 'number' && baseline > 0 ? round(value / baseline, 2) : null;

export const runScenario = async (report: BenchReport, browser: Browser, page: Page, project: LargeProject): Promise<void> => {
  const { options } = project;
  const label = (words: number): string => `${Math.round(words / 1000)}k`;
  await seedProject(page, project.project);
  await reloadApp(page, project.project.name);

  await report.attempt('import through the UI', ['import_200_sources_s', 'import_parse_s', 'import_store_s', 'import_longest_frame_gap_ms'], async () => {
    const timing = await importThroughUi(page, project.sources);
    if (timing.imported !== project.sources.length) throw new Error(`imported ${timing.imported} of ${project.sources.length} sources`);
    report.setAll({
      import_200_sources_s: round(timing.totalMs / 1000, 2), import_parse_s: round(timing.parseMs / 1000, 2), import_store_s: round(timing.storeMs / 1000, 2),
      import_longest_frame_gap_ms: round(timing.longestFrameGapMs), import_frame_gaps_over_200ms: timing.gapsOver200Ms, import_sources: timing.imported,
      import_parse_longest_frame_gap_ms: round(timing.parseLongestFrameGapMs), import_store_longest_frame_gap_ms: round(timing.storeLongestFrameGapMs),
    });
  });
  await report.attempt('import the long source through the UI', ['import_100k_words_source_s'], async () => {
    const timing = await importThroughUi(page, [project.longSource]);
    report.set('import_100k_words_source_s', round(timing.totalMs / 1000, 2));
  });
  let ids = await sourceIdsBySha(page, project.project.id);
  const all = [...project.sources, project.longSource];
  const missing = all.filter((source) => !ids.has(source.sha256));
  if (missing.length > 0) {
    // The UI import failed: write the rows directly so the other measurements still run.
    const random = createRandom(7);
    await seedSourcesDirectly(page, project.project.id, missing.map((source) => ({ ...source, byteSize: source.bytes.byteLength })), missing.map(() => random.uuid()));
    report.set('sources_seeded_without_ui', missing.length);
    ids = await sourceIdsBySha(page, project.project.id);
  }
  await report.attempt('raw IndexedDB import baseline', ['import_baseline_raw_indexeddb_s'], async () => {
    const baseline = await rawIndexedDbImportBaseline(page, project.project.id);
    report.set('import_baseline_raw_indexeddb_s', round(baseline.ms / 1000, 2));
    report.set('import_ratio_to_raw_indexeddb', ratio(report.get('import_200_sources_s'), report.get('import_baseline_raw_indexeddb_s')));
  });

  const seeded = await seedAnalysisLayer(page, project.project.id, project.codes, project.codings, project.memos);
  report.setAll({ project_sources: ids.size, project_codes: seeded.codes, project_codings: seeded.codings, project_memos: seeded.memos });
  await reloadApp(page, project.project.name);

  const probe = project.sources[0];
  const probeId = ids.get(probe.sha256) ?? '';
  const longId = ids.get(project.longSource.sha256) ?? '';
  const topCodeIds = project.codes.filter((code) => code.parentId === null).map((code) => code.id);
  const small = label(options.wordsPerSource);
  const large = label(options.longSourceWords);

  await report.attempt(`open a ${small}-word source with ${options.probeSourceCodings} codings`, ['open_12k_words_first_paint_ms'], async () => {
    const open = await measureSourceOpen(page, probeId, openingWords(probe), true, 5);
    report.setAll({
      open_12k_words_text_paint_ms: round(open.textPaintMs),
      open_12k_words_first_paint_max_ms: open.codedPaintMaxMs === null ? null : round(open.codedPaintMaxMs),
    });
    if (open.codedPaintMs === null) throw new Error(`no codings were painted (text painted in ${round(open.textPaintMs)} ms)`);
    report.set('open_12k_words_first_paint_ms', round(open.codedPaintMs));
  });
  await report.attempt('apply a code by clicking the code tree', ['apply_code_p95_ms'], async () => {
    await openSourceOnce(page, probeId, openingWords(probe), false);
    const applied = await measureApplyCodeByClick(page, topCodeIds, 30);
    report.setAll({ apply_code_p95_ms: applied.p95, apply_code_p50_ms: applied.p50, apply_code_samples: applied.n, apply_code_failed: applied.failed });
  });
  await report.attempt('code picker', ['code_picker_p95_ms', 'code_picker_open_p95_ms', 'apply_code_via_picker_p95_ms'], async () => {
    const picker = await measureCodePicker(page, PICKER_QUERIES, 100);
    report.setAll({
      code_picker_p95_ms: picker.keystroke.p95, code_picker_p50_ms: picker.keystroke.p50, code_picker_keystrokes: picker.keystroke.n,
      code_picker_open_p95_ms: picker.open.p95, apply_code_via_picker_p95_ms: picker.applyByEnter.p95,
    });
  });
  await report.attempt(`open a ${large}-word source`, ['open_100k_words_first_paint_ms'], async () => {
    const open = await measureSourceOpen(page, longId, openingWords(project.longSource), true, 3);
    report.setAll({
      open_100k_words_text_paint_ms: round(open.textPaintMs),
      open_100k_words_first_paint_max_ms: open.codedPaintMaxMs === null ? null : round(open.codedPaintMaxMs),
    });
    report.set('open_100k_words_first_paint_ms', round(open.codedPaintMs ?? open.textPaintMs));
    if (open.codedPaintMs === null) report.set('open_100k_words_first_paint_ms_note', 'text only: no codings were painted');
  });
  await report.attempt('typing in correction mode', ['typing_latency_100k_words_ms'], async () => {
    const typing = await measureCorrectionTyping(page, TYPING_LETTERS);
    report.setAll({
      typing_latency_100k_words_ms: typing.keystroke.p95, typing_latency_100k_words_p50_ms: typing.keystroke.p50,
      correction_mode_open_100k_words_ms: round(typing.openCorrectionMs),
    });
  });
  await report.attempt(`apply a code in the ${large}-word source`, ['apply_code_100k_words_p95_ms'], async () => {
    // 30 samples, so p95 is not simply the slowest of a handful. BENCH_TRACE=file.json records a Chrome trace of them
    // (with style and layout invalidations: what made a coding re-lay out the text).
    const trace = process.env.BENCH_TRACE;
    if (trace) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
    const applied = await measureApplyCodeByClick(page, topCodeIds, 30, 200);
    if (trace) await browser.stopTracing();
    report.setAll({ apply_code_100k_words_p95_ms: applied.p95, apply_code_100k_words_p50_ms: applied.p50, apply_code_100k_words_failed: applied.failed });
  });

  const distinctWords = [...new Set(project.searchWords)];
  const queries = distinctWords.slice(0, 30);
  const warmupQueries = distinctWords.slice(30, 35);
  await report.attempt('full-text search', ['search_index_build_ms', 'search_p95_ms'], async () => {
    const build = await openSearchAndBuildIndex(page, ids.size);
    report.setAll({ search_index_build_ms: round(build.ms), search_index_build_longest_frame_gap_ms: round(build.longestFrameGapMs) });
    // The first queries after a fresh 2.4M-word index are slower (JIT, the build's garbage): reported apart, not in p95.
    const warmup = await measureSearchQueries(page, warmupQueries);
    report.set('search_first_queries_max_ms', round(warmup.maxMs));
    const search = await measureSearchQueries(page, queries);
    report.setAll({
      search_p95_ms: round(search.p95Ms), search_p50_ms: round(search.p50Ms),
      search_from_worker_request_p95_ms: search.engineP95Ms === null ? null : round(search.engineP95Ms), search_queries: search.queries,
      search_rendered_hit_lines_max: search.renderedHitsMax,
    });
    report.set('search_typing_pause_ms', await searchTypingPause(page));
  });
  await report.attempt('saved search index', ['search_index_load_ms', 'search_index_rebuild_ms'], async () => {
    const store = await measureSearchIndexStore(project);
    report.setAll({
      search_index_load_ms: store.load.p95, search_index_load_p50_ms: store.load.p50, search_index_load_samples: store.load.n,
      search_index_rebuild_ms: store.rebuild.p95, search_index_rebuild_p50_ms: store.rebuild.p50, search_index_rebuild_samples: store.rebuild.n,
      search_index_saved_table_mb: Math.round(store.savedTableBytes / 1e5) / 10,
    });
  });
  await report.attempt('retrieval', ['retrieve_code_1000_excerpts_ms'], async () => {
    const retrieval = await measureRetrieval(page, project.retrievalCode.name, options.retrievalCodeCodings);
    report.setAll({
      retrieve_code_1000_excerpts_ms: round(retrieval.firstPageMs), retrieve_code_1000_excerpts_max_ms: round(retrieval.firstPageMaxMs),
      retrieve_show_all_1000_excerpts_ms: retrieval.showAllMs === null ? null : round(retrieval.showAllMs), retrieve_excerpts_rendered: retrieval.excerpts,
    });
  });
  await report.attempt('renderer memory', ['renderer_heap_mb', 'renderer_rss_mb'], async () => {
    await openSourceOnce(page, longId, openingWords(project.longSource), false);
    const memory = await measureRendererMemory(browser, page);
    report.setAll({
      renderer_heap_mb: round(memory.jsHeapUsedMb), renderer_heap_total_mb: round(memory.jsHeapTotalMb),
      renderer_rss_mb: memory.rendererRssMb === null ? null : round(memory.rendererRssMb),
      renderer_pss_mb: memory.rendererPssMb === null ? null : round(memory.rendererPssMb), renderer_processes: memory.rendererProcesses,
    });
  });

  await report.attempt('baselines', ['search_baseline_indexof_ms', 'search_baseline_naive_fuse_ms', 'code_picker_baseline_naive_fuse_ms'], async () => {
    await loadTextsIntoPage(page, project.project.id);
    const scan = await indexOfBaseline(page, queries);
    report.setAll({ search_baseline_indexof_ms: round(scan.p95Ms), search_baseline_indexof_p50_ms: round(scan.p50Ms) });
    report.set('search_ratio_to_indexof', ratio(report.get('search_p95_ms'), report.get('search_baseline_indexof_ms')));
    const picker = await codePickerBaselines(page, project.codes.map((code) => code.name), PICKER_QUERIES);
    report.setAll({ code_picker_baseline_naive_fuse_ms: round(picker.naiveFuseP95Ms, 2), code_picker_baseline_linear_filter_ms: round(picker.linearFilterP95Ms, 3) });
    const matcher = measureCodeSearch(project.codes, PICKER_QUERIES);
    report.setAll({ code_picker_search_node_p95_ms: round(matcher.p95Ms, 3), code_picker_search_node_build_ms: round(matcher.buildMs, 2) });
    const fuse = await naiveFuseSearchBaseline(page, queries.slice(0, 5));
    report.setAll({
      search_baseline_naive_fuse_ms: round(fuse.p95Ms), search_baseline_naive_fuse_build_ms: round(fuse.buildMs),
      search_baseline_naive_fuse_queries: fuse.queries,
    });
  });

  await report.attempt('displays', ['matrix_informant_by_code_ms', 'cooccurrence_80_codes_ms', 'network_layout_80_nodes_ms', 'display_cell_open_ms'], async () => {
    const compute = await measureDisplayCompute(project, project.codes);
    report.setAll({
      matrix_compute_node_p50_ms: compute.informantsByCodes.p50, matrix_compute_node_p95_ms: compute.informantsByCodes.p95,
      matrix_compute_rows: compute.rows, matrix_compute_columns: compute.columns,
      cooccurrence_compute_node_p50_ms: compute.cooccurrence.p50, cooccurrence_compute_node_p95_ms: compute.cooccurrence.p95,
      network_layout_node_p50_ms: compute.layout.p50, network_layout_node_p95_ms: compute.layout.p95,
    });
    const ids = await seedDisplays(page, project.project.id, project.codes, project.codings, project.retrievalCode.id);
    await reloadApp(page, project.project.name);
    const matrix = await measureDisplayOpen(page, ids.informantsByCodes, { rows: compute.rows, columns: compute.columns });
    report.setAll({ matrix_informant_by_code_ms: matrix.p95, matrix_informant_by_code_p50_ms: matrix.p50, matrix_informant_by_code_first_open_ms: matrix.first,
      matrix_rendered_cells: await page.locator('.matrix-grid [data-cell]').count(), display_informants: ids.informants });
    const cooccurrence = await measureDisplayOpen(page, ids.cooccurrence, { rows: project.codes.length, columns: project.codes.length });
    report.setAll({ cooccurrence_80_codes_ms: cooccurrence.p95, cooccurrence_80_codes_p50_ms: cooccurrence.p50, cooccurrence_80_codes_first_open_ms: cooccurrence.first });
    const network = await measureDisplayOpen(page, ids.network, { nodes: project.codes.length });
    report.setAll({ network_layout_80_nodes_ms: network.p95, network_layout_80_nodes_p50_ms: network.p50, network_layout_80_nodes_first_open_ms: network.first });
    const cell = await measureCellOpen(page, ids.oneCell);
    report.setAll({ display_cell_open_ms: cell.p95, display_cell_open_p50_ms: cell.p50, display_cell_excerpts_painted: cell.excerpts });
  });

  await report.attempt('triangulation', ['triangulation_200_conclusions_ms'], async () => {
    const figures = measureTriangulation(project);
    report.setAll({ triangulation_200_conclusions_ms: figures.p95, triangulation_200_conclusions_p50_ms: figures.p50, triangulation_contested_conclusions: figures.contested });
  });

  await report.attempt('excerpt workbook', ['excerpts_xlsx_10k_s'], async () => {
    const figures = await measureExcerptsXlsx(benchSnapshot(project));
    report.setAll({
      excerpts_xlsx_10k_s: round(figures.xlsx.p95, 2), excerpts_xlsx_10k_p50_s: round(figures.xlsx.p50, 2), excerpts_xlsx_rows: figures.excerpts,
      excerpts_xlsx_baseline_csv_s: round(figures.csv.p50, 2), excerpts_xlsx_ratio_to_csv: ratio(figures.xlsx.p50, figures.csv.p50),
    });
  });

  await report.attempt('ecosystem-model report', ['report_html_s', 'report_docx_s'], async () => {
    const figures = await measureReport(benchSnapshot(project));
    report.setAll({
      report_html_s: round(figures.html.p95, 2), report_html_p50_s: round(figures.html.p50, 2),
      report_docx_s: round(figures.docx.p95, 2), report_docx_p50_s: round(figures.docx.p50, 2), report_build_document_p50_s: round(figures.build.p50, 2),
    });
  });

  await report.attempt('conclusion page', ['conclusion_page_ms'], async () => {
    const items = await seedConclusion(page, project.project.id);
    // Written behind Dexie's back: the app reads it after a reload, as it read the seeded displays.
    await reloadApp(page, project.project.name);
    const opened = await measureConclusionPage(page, items);
    report.setAll({ conclusion_page_ms: opened.p95, conclusion_page_p50_ms: opened.p50, conclusion_page_first_open_ms: opened.first, conclusion_page_items: items });
  });

  await report.attempt('export the codebook as Word', ['codebook_docx_s'], async () => {
    const codebook = await measureCodebookDocx(page);
    report.setAll({ codebook_docx_s: round(codebook.exportMs / 1000, 2), codebook_docx_kb: round(codebook.bytes / 1000), codebook_docx_longest_frame_gap_ms: round(codebook.longestFrameGapMs) });
  });
  // Last: opening the file as a copy doubles the database and leaves the copy open.
  await report.attempt('save the project as a .caseweave file', ['project_save_s', 'project_file_mb'], async () => {
    const baseline = await rawReadAndStringifyBaseline(page, project.project.id);
    report.setAll({ project_save_baseline_raw_read_stringify_s: round(baseline.ms / 1000, 2), project_json_mb: round(baseline.jsonBytes / 1e6, 1) });
    const saved = await measureSaveAs(page);
    report.setAll({
      project_save_s: round(saved.saveMs / 1000, 2), project_file_mb: round(saved.fileBytes / 1e6, 1),
      project_save_longest_frame_gap_ms: round(saved.longestFrameGapMs),
    });
    report.set('project_save_ratio_to_raw_read_stringify', ratio(report.get('project_save_s'), report.get('project_save_baseline_raw_read_stringify_s')));
  });
  await report.attempt('autosave while typing', ['autosave_ui_stall_ms'], async () => {
    const autosave = await measureAutosaveWhileTyping(page, TYPING_LETTERS);
    report.setAll({ autosave_ui_stall_ms: round(autosave.longestFrameGapMs), autosave_frames_while_saving: autosave.frames, autosave_keystrokes: autosave.keystrokes });
  });
  await report.attempt('open the .caseweave file as a copy', ['project_open_s'], async () => {
    const opened = await measureOpenAsCopy(page, project.project.name);
    report.setAll({
      project_open_s: round((opened.readMs + opened.loadMs) / 1000, 2), project_open_read_s: round(opened.readMs / 1000, 2),
      project_open_load_s: round(opened.loadMs / 1000, 2),
    });
  });
};
