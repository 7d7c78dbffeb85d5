// Upgrades the tables of an older project file to the format this Caseweave writes, one step per format version.
// Append-only: a published step is never edited, a new format adds the step from the previous one and the row
// checks of the new format. A file of a newer format than PROJECT_FILE_FORMAT_VERSION is refused, never guessed at.
import { PROJECT_FILE_FORMAT_VERSION } from './projectFileFormat.ts';
import { FORMAT_1_ROWS } from './rowSchemas.ts';
import { FORMAT_2_ROWS } from './rowSchemas2.ts';
import { FORMAT_3_ROWS } from './rowSchemas3.ts';
import { FORMAT_4_ROWS } from './rowSchemas4.ts';
import { FORMAT_5_ROWS } from './rowSchemas5.ts';
import { FORMAT_6_ROWS } from './rowSchemas6.ts';
import type { Check } from './rowSchema.ts';

/** A file's tables as parsed, before their rows are known to fit: table name → rows. */
export type RawTables = Record<string, unknown[]>;

export type ProjectFileMigration = {
  from: number;
  /** Always from + 1. */
  to: number;
  /** What changed in the format, for the reader of this list. */
  change: string;
  migrate(tables: RawTables): RawTables;
};

/** Every step from format 1 on, in order. */
export const PROJECT_FILE_MIGRATIONS: readonly ProjectFileMigration[] = [
  {
    from: 1,
    to: 2,
    change: 'Adds the tables of the data displays: displays, relations and summarySheets (empty in a format-1 file).',
    migrate: (tables) => ({ ...tables, displays: [], relations: [], summarySheets: [] }),
  },
  {
    from: 2,
    to: 3,
    change: 'Adds the conclusions table (empty in a format-2 file); the project settings may carry a triangulation rule.',
    migrate: (tables) => ({ ...tables, conclusions: [] }),
  },
  {
    from: 3,
    to: 4,
    change: 'Adds the memberChecks table (empty in a format-3 file).',
    migrate: (tables) => ({ ...tables, memberChecks: [] }),
  },
  {
    from: 4,
    to: 5,
    change: 'The project settings may carry a pseudonym list and codes an anchor example coding; no data changes.',
    migrate: (tables) => tables,
  },
  {
    from: 5,
    to: 6,
    change: 'A memo on a source may be anchored to a range of its text and carry the origin of an imported Word comment; no data changes.',
    migrate: (tables) => tables,
  },
];

/**
 * The row check of each table of each format version, the tables a file of that version must hold being those
 * with a check. Older formats keep theirs here as long as their migration step exists.
 */
export const FORMAT_ROW_CHECKS: Readonly<Record<number, Readonly<Record<string, Check | null>>>> = {
  1: FORMAT_1_ROWS,
  2: FORMAT_2_ROWS,
  3: FORMAT_3_ROWS,
  4: FORMAT_4_ROWS,
  5: FORMAT_5_ROWS,
  6: FORMAT_6_ROWS,
};

/** The tables a file of `formatVersion` carries, with their row checks. */
export const tablesOfFormat = (formatVersion: number): [string, Check][] =>
  Object.entries(FORMAT_ROW_CHECKS[formatVersion] ?? {}).flatMap(([table, check]) => (check === null ? [] : [[table, check]]));

/**
 * Runs the steps from `fromVersion` up to `toVersion`; throws when a step is missing, which the migration test
 * makes impossible for the shipped list.
 */
export const migrateTables = (
  tables: RawTables,
  fromVersion: number,
  migrations: readonly ProjectFileMigration[] = PROJECT_FILE_MIGRATIONS,
  toVersion: number = PROJECT_FILE_FORMAT_VERSION,
): RawTables => {
  let current = tables;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (step === undefined || step.to !== version + 1) throw new Error(`No project-file migration from format ${version}`);
    current = step.migrate(current);
  }
  return current;
};
