// Reads and checks manifest.json, the first entry a reader looks at: a file without Caseweave's format name is not
// a project file at all; a damaged manifest, or one whose fields do not fit, refuses the file before any table is read.
import { projectFileProblem, ProjectFileRefusal } from './projectFileProblem.ts';
import { PROJECT_FILE_FORMAT, type ProjectFileManifest } from './projectFileFormat.ts';
import { describeMisfit, objectOf, offset, oneOf, recordOf, text } from './rowSchema.ts';

const manifestShape = objectOf<ProjectFileManifest>({
  format: oneOf([PROJECT_FILE_FORMAT]),
  formatVersion: offset,
  appVersion: text,
  schemaVersion: offset,
  projectId: text,
  projectName: text,
  createdAt: text,
  savedAt: text,
  entries: recordOf(objectOf<ProjectFileManifest['entries'][string]>({ sha256: text, bytes: offset })),
});

const refuse = (code: 'notCaseweave' | 'manifestDamaged', file: string, detail: string): never => {
  throw new ProjectFileRefusal(projectFileProblem(code, file, { detail }));
};

export const readManifest = (bytes: Uint8Array, file: string): ProjectFileManifest => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return refuse('manifestDamaged', file, error instanceof Error ? error.message : String(error));
  }
  // Another program's manifest.json (a web app manifest, say) names no Caseweave format: not ours at all.
  if (typeof parsed !== 'object' || parsed === null || !('format' in parsed) || parsed.format !== PROJECT_FILE_FORMAT) {
    return refuse('notCaseweave', file, '');
  }
  const misfit = manifestShape(parsed);
  if (misfit !== null) return refuse('manifestDamaged', file, describeMisfit(misfit));
  const manifest = parsed as ProjectFileManifest;
  if (manifest.formatVersion < 1) refuse('manifestDamaged', file, `formatVersion: ${manifest.formatVersion}`);
  return manifest;
};
