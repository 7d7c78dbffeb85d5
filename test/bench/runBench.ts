// `npm run bench`: generates the reference large project of DESIGN.md, builds and serves the renderer, drives it in
// Debian's Chromium and prints ONE JSON object of figures (milliseconds unless the key says otherwise) on stdout;
// progress goes to stderr and the report is also saved to reports/bench.json. Not a test: never run in CI.
// Options: --no-build (reuse the last bench build), --small (a small project, to try the harness quickly; its figures
// are marked not comparable to DESIGN.md's targets);
// BENCH_VERBOSE=1 logs each search query; BENCH_TRACE=file.json records a Chrome trace of applying codes in the long source;
// BENCH_PROFILE_OPEN=file.cpuprofile records a CPU profile of opening the project file as a copy.
// Reading the figures: UI timings run from the user's event (pointerdown, keydown, input, hash change) to the first
// frame rendered after the UI changed, measured inside the page; *_p95/_p50 are over the repetitions the key's
// measurement makes; *_baseline_* are measured in the same run and page; a failed measurement reports null plus
// <key>_error. The targets of DESIGN.md are checked on stderr at the end.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchReport } from './benchReport.ts';
import { runScenario } from './benchScenario.ts';
import { printTargetVerdicts } from './benchTargets.ts';
import { progress, round } from './benchStats.ts';
import { buildRenderer, openBenchSession } from './benchSession.ts';
import { generateLargeProject, REFERENCE_PROJECT, type LargeProjectOptions } from './generateLargeProject.ts';

const SMALL_PROJECT: LargeProjectOptions = {
  ...REFERENCE_PROJECT, sources: 20, wordsPerSource: 3_000, codings: 4_000, memos: 100, longSourceWords: 20_000, longSourceCodings: 500,
  probeSourceCodings: 300, retrievalCodeCodings: 200,
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const main = async (): Promise<void> => {
  const started = Date.now();
  const argv = process.argv.slice(2);
  const small = argv.includes('--small');
  const options = small ? SMALL_PROJECT : REFERENCE_PROJECT;
  const report = new BenchReport();
  report.setAll({
    bench: 'caseweave-large-project', scale: small ? 'small' : 'reference', started_at: new Date(started).toISOString(),
    // The figures keep their keys at both scales, so whoever reads the JSON must see this before comparing.
    comparable_to_design_targets: !small,
    cpus: os.cpus().length, load_average_1m_at_start: round(os.loadavg()[0], 2),
    sources: options.sources, words_per_source: options.wordsPerSource, long_source_words: options.longSourceWords,
  });

  progress(`generating the project (${options.sources} sources × ${options.wordsPerSource} words, ${options.codings} codings)…`);
  const generationStarted = Date.now();
  const project = await generateLargeProject(options);
  report.set('generate_s', round((Date.now() - generationStarted) / 1000, 2));

  if (!argv.includes('--no-build')) buildRenderer();
  const session = await openBenchSession();
  try {
    report.set('chromium', session.browser.version());
    await runScenario(report, session.browser, session.page, project);
  } finally {
    await session.close();
  }
  report.set('bench_total_s', round((Date.now() - started) / 1000, 1));
  // Other processes on the machine (e.g. a parallel test run) inflate the tail figures: worth knowing when reading p95s.
  report.set('load_average_1m_at_end', round(os.loadavg()[0], 2));

  const json = JSON.stringify(report.toJSON(), null, 2);
  await mkdir(path.join(repoRoot, 'reports'), { recursive: true });
  await writeFile(path.join(repoRoot, 'reports', 'bench.json'), `${json}\n`);
  printTargetVerdicts(report.toJSON());
  process.stdout.write(`${json}\n`);
};

main().catch((error: unknown) => {
  progress(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
