// The row shapes of format 5: format 4's tables, the project's pseudonym list (real names of people and places and
// what stands for them on export) and each code's anchor example (the coding chosen as its quote in the codebook),
// both issue 11. Typed against the model like the earlier formats, so a drifting field fails to compile.
import type { Code, ProjectSettings, PseudonymEntry, TriangulationRule } from '../model/index.ts';
import type { TableName } from '../project/tableRows.ts';
import { listOf, nullable, objectOf, offset, optional, text, type Check } from './rowSchema.ts';
import { FORMAT_1_CODE, projectRowWith } from './rowSchemas.ts';
import { FORMAT_2_SETTINGS } from './rowSchemas2.ts';
import { FORMAT_4_ROWS } from './rowSchemas4.ts';

const id = text;

const triangulationRule = objectOf<TriangulationRule>({ minSourceKinds: offset, minRoles: offset, minInformants: offset });

const pseudonymEntry = objectOf<PseudonymEntry>({ realName: text, pseudonym: text });

const settings = objectOf<ProjectSettings>({
  ...FORMAT_2_SETTINGS, triangulationRule: optional(triangulationRule), pseudonyms: optional(listOf(pseudonymEntry)),
});

const code = objectOf<Code>({ ...FORMAT_1_CODE, anchorCodingId: optional(nullable(id)) });

/** The row check of each table in format 5. */
export const FORMAT_5_ROWS: Record<TableName, Check | null> = {
  ...FORMAT_4_ROWS,
  projects: projectRowWith(settings),
  codes: code,
};
