// Small statistics and formatting helpers shared by the benchmark measurements.

/** The value below which `fraction` of the samples fall (nearest-rank); NaN for no samples. */
export const percentile = (samples: readonly number[], fraction: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
};

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/** Rounds for the report: milliseconds to 0.1, seconds and megabytes to 0.01. */
export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Summary of repeated timings: p50, p95, max and the count, rounded. */
export const summarise = (samples: readonly number[]): { p50: number; p95: number; max: number; n: number } => ({
  p50: round(median(samples)),
  p95: round(percentile(samples, 0.95)),
  max: round(Math.max(...samples)),
  n: samples.length,
});

/** Progress lines go to stderr so stdout carries only the JSON report. */
export const progress = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};
