// Helpers for the CLI's project-file tests: a temporary folder per test file, the project a file holds (read with the
// shared reader, as the app reads it), a file rewritten as the app would write it, and generated source files.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { readProjectFile, writeProjectFile, type ProjectFileReading, type ProjectSnapshot } from '../../../shared/projectFile/index.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schemaHistory.ts';

/** A fresh folder for the test file's files, removed after it; `path` names a file inside it. */
export const useTempFolder = (): { path: (name: string) => string } => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'caseweave-cli-files-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  return { path: (name) => join(folder, name) };
};

export type SoundReading = Extract<ProjectFileReading, { ok: true }>;

/** The project file at `path` as the app's reader gives it; fails the test unless it is sound. */
export const readSoundProjectFile = async (path: string): Promise<SoundReading> => {
  const reading = await readProjectFile(new Uint8Array(await readFile(path)), { fileName: path });
  if (!reading.ok) throw new Error(`${path} was refused: ${JSON.stringify(reading.problems)}`);
  expect(reading.repairs).toEqual([]);
  return reading;
};

/** Writes `snapshot` to `path` as the app saves a project. */
export const saveSnapshot = async (path: string, snapshot: ProjectSnapshot): Promise<void> => {
  await writeFile(path, await writeProjectFile(snapshot, { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, savedAt: '2025-06-01T12:00:00.000Z' }));
};

/** An interview transcript with speaker labels, one turn per paragraph. */
export const interviewTranscript = (turns: readonly (readonly [string, string])[]): string => turns.map(([speaker, words]) => `${speaker}: ${words}`).join('\n\n');

/** A message on stderr is one line per reason, never a stack trace. */
export const expectNoStackTrace = (stderr: string): void => {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/Error:/);
};
