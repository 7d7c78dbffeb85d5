// The shape of a codebook template file: metadata, informant role presets and a nested code tree (data only).
import type { CodeStatus } from '../model/index.ts';

export const TEMPLATE_FORMAT_VERSION = 1;

export type TemplateCode = {
  name: string;
  /** "#RRGGBB"; when absent a sub-code takes its parent's colour and a top-level code a palette colour. */
  color?: string;
  definition: string;
  inclusionCriteria: string;
  exclusionCriteria: string;
  example: string;
  /** Free-text role of the code in the project's model, e.g. "entry point". */
  modelRole?: string | null;
  status?: CodeStatus;
  children?: TemplateCode[];
};

export type CodebookTemplate = {
  formatVersion: typeof TEMPLATE_FORMAT_VERSION;
  /** Stable slug, e.g. "ecosystem-internationalization"; projects remember it in Project.templateId. */
  id: string;
  name: string;
  description: string;
  /** BCP-47 language of the template's texts. */
  language: string;
  /** Informant roles a project started from this template offers as presets. */
  rolePresets: string[];
  /** Relation types of network displays the template adds to the defaults (DEFAULT_RELATION_TYPES), by name. */
  relationTypes?: string[];
  codes: TemplateCode[];
};
