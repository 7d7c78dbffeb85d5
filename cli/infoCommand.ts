// `caseweave info FILE.caseweave [--json]`: what a project file holds: the project's name, the file's format and
// schema versions, sources by kind, informants by role, and the rows of every table the file carries (the registry's
// projectFileTables(), so a table a later issue adds is counted without a change here).
import { formatDateTime, formatNumber, t } from '../shared/i18n/translate.ts';
import { SOURCE_KINDS } from '../shared/model/index.ts';
import { projectFileTables } from '../shared/project/entityRegistry.ts';
import { snapshotRows } from '../shared/projectFile/projectSnapshot.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { loadProjectFileAt, type SoundProjectFile } from './projectFileAccess.ts';

export type ProjectFileInfo = {
  file: string;
  name: string;
  projectId: string;
  format: string;
  formatVersion: number;
  /** The format version the file was written in, when older than the one read (it was upgraded on reading). */
  migratedFrom: number | null;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  savedAt: string;
  sourcesByKind: Record<string, number>;
  /** Role → informants ("" for informants without a role). */
  informantsByRole: Record<string, number>;
  /** Table → rows, for every table of the file. */
  tables: Record<string, number>;
  /** Repairs the file needs before the app opens it (the check command lists them). */
  repairs: number;
};

const tally = (values: readonly string[], start: Record<string, number> = {}): Record<string, number> => {
  const counts = { ...start };
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};

export const projectFileInfo = (file: string, reading: SoundProjectFile): ProjectFileInfo => {
  const { snapshot, manifest } = reading;
  return {
    file,
    name: manifest.projectName,
    projectId: manifest.projectId,
    format: manifest.format,
    formatVersion: manifest.formatVersion,
    migratedFrom: reading.migratedFrom,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    createdAt: manifest.createdAt,
    savedAt: manifest.savedAt,
    sourcesByKind: tally(snapshotRows(snapshot, 'sources').map((source) => source.kind), Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0]))),
    informantsByRole: tally(snapshotRows(snapshot, 'informants').map((informant) => informant.role).sort((a, b) => a.localeCompare(b))),
    tables: Object.fromEntries(projectFileTables().map((table) => [table, snapshotRows(snapshot, table).length])),
    repairs: reading.repairs.length,
  };
};

const breakdown = (counts: Record<string, number>, label: (key: string) => string): string => {
  const parts = Object.entries(counts).filter(([, count]) => count > 0).map(([key, count]) => `${label(key)} ${formatNumber(count)}`);
  return parts.length === 0 ? t('cli.info.none') : parts.join(', ');
};

export const formatInfo = (info: ProjectFileInfo): string => {
  const tableWidth = Math.max(...Object.keys(info.tables).map((table) => table.length)) + 2;
  return [
    t('cli.info.project', { name: info.name }),
    t('cli.info.format', { format: info.format, version: info.formatVersion, schema: info.schemaVersion, appVersion: info.appVersion, savedAt: formatDateTime(info.savedAt) }),
    ...(info.migratedFrom === null ? [] : [t('cli.info.migrated', { version: info.migratedFrom })]),
    t('cli.info.sourcesByKind', { breakdown: breakdown(info.sourcesByKind, (kind) => kind) }),
    t('cli.info.informantsByRole', { breakdown: breakdown(info.informantsByRole, (role) => (role === '' ? t('cli.info.noRole') : role)) }),
    t('cli.info.tables'),
    ...Object.entries(info.tables).map(([table, count]) => `  ${table.padEnd(tableWidth)}${formatNumber(count)}`),
    ...(info.repairs === 0 ? [] : [t('cli.info.repairs', { count: info.repairs })]),
  ].join('\n');
};

export const runInfo = async (file: string, json: boolean): Promise<CommandOutcome> => {
  const info = projectFileInfo(file, await loadProjectFileAt(file));
  return succeeded(`${json ? JSON.stringify(info) : formatInfo(info)}\n`);
};
