// The benchmark's single JSON report: figures are set by key; a measurement that throws (say, a UI piece that
// does not exist yet) reports its keys as null with a `<key>_error` string instead of ending the run.
import { progress } from './benchStats.ts';

export type ReportValue = number | string | boolean | null;

export class BenchReport {
  private readonly values: Record<string, ReportValue> = {};

  set(key: string, value: ReportValue): void {
    this.values[key] = typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }

  setAll(values: Record<string, ReportValue>): void {
    for (const [key, value] of Object.entries(values)) this.set(key, value);
  }

  get(key: string): ReportValue | undefined {
    return this.values[key];
  }

  /** Runs one measurement; on failure its `keys` become null and each gets a `<key>_error` with the reason. */
  async attempt(name: string, keys: readonly string[], measure: () => Promise<void>): Promise<void> {
    const started = Date.now();
    progress(`${name}…`);
    try {
      await measure();
      progress(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${keys.map((key) => `${key}=${String(this.values[key])}`).join(', ')}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : String(error);
      progress(`${name} FAILED: ${reason}`);
      for (const key of keys) {
        if (this.values[key] === undefined || this.values[key] === null) {
          this.values[key] = null;
          this.values[`${key}_error`] = reason;
        }
      }
    }
  }

  toJSON(): Record<string, ReportValue> {
    return { ...this.values };
  }
}
