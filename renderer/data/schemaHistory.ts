// Every Dexie schema version the app has ever shipped, oldest first. Append only: never edit a
// published entry (the upgrade test keeps frozen copies and fails if one changes); put data changes
// of a new version in its `upgrade`.
import type { Transaction } from 'dexie';
import { upgradeToCoderIdentity } from './upgrades/coderIdentity.ts';

export type SchemaVersion = {
  version: number;
  stores: Readonly<Record<string, string>>;
  upgrade?: (transaction: Transaction) => Promise<void>;
};

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, name, updatedAt',
      informants: 'id, projectId, [projectId+pseudonym], role',
      // Source rows hold metadata and turns; the canonical text lives in sourceTexts so lists stay light.
      sources: 'id, projectId, [projectId+sha256], kind, date, title, *informantIds',
      sourceTexts: 'sourceId, projectId',
      codes: 'id, projectId, parentId, [projectId+parentId]',
      codings: 'id, projectId, sourceId, codeId, [sourceId+start], [projectId+codeId]',
      memos: 'id, projectId, targetKey, [projectId+targetKey]',
      auditEvents: '++id, projectId, at, objectId',
      appState: 'key',
    },
  },
  {
    // Codebook templates the user saved from a project's code tree (built-in templates ship as code data).
    version: 2,
    stores: {
      codebookTemplates: 'id, name',
    },
  },
  {
    // Coders are records with a stable id (codings, memos and audit events store it); codings lose memoId.
    version: 3,
    stores: {
      coders: 'id, name',
    },
    upgrade: upgradeToCoderIdentity,
  },
  {
    // The project files this installation knows: the linked project's autosave target and the browser's recent list.
    version: 4,
    stores: {
      projectFileLinks: 'id, linkedProjectId, openedAt',
    },
  },
  {
    // The bytes of imported files, kept when a project asks for it (its keepOriginals setting); one per source.
    version: 5,
    stores: {
      sourceOriginals: 'sourceId, projectId',
    },
  },
  {
    // Displays (saved matrices and networks), the relations of network displays, and contact/document summary sheets.
    version: 6,
    stores: {
      displays: 'id, projectId',
      relations: 'id, projectId, displayId',
      summarySheets: 'id, projectId, sourceId',
    },
  },
  {
    // Conclusions with their evidence, status history and tactics log; rivalOfId finds a conclusion's rivals.
    version: 7,
    stores: {
      conclusions: 'id, projectId, rivalOfId',
    },
  },
  {
    // Member checks: what was returned to an informant, their answers and what changed; found per informant and by
    // the source their words were imported as.
    version: 8,
    stores: {
      memberChecks: 'id, projectId, informantId, wordsSourceId',
    },
  },
  {
    // A code's anchor example (the coding chosen as its quote in the codebook): anchorCodingId finds the code whose
    // anchor a deleted coding was, so the delete clears it.
    version: 9,
    stores: {
      codes: 'id, projectId, parentId, [projectId+parentId], anchorCodingId',
    },
  },
  {
    // A derived cache, not project data: each project's full-text search index as last saved, so a reopened project
    // searches at once. Keyed by project; outside the entity registry, the project file, the audit trail and undo
    // (derivedCaches.ts); written only through writeDerivedCache.
    version: 10,
    stores: {
      searchIndexes: 'projectId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION: number = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version;
