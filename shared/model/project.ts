// A research project: the unit a researcher opens, with its questions and settings.
import type { Id, IsoInstant } from './ids.ts';
import type { AttributeType } from './informant.ts';
import type { TextUnit } from '../text/textUnits.ts';
import { DEFAULT_TRIANGULATION_RULE, type TriangulationRule } from './conclusion.ts';

export type ResearchQuestion = { id: Id; text: string };

export type ProjectSettings = {
  /** UI language of the project's reports, BCP-47 ("en", "id"). */
  reportLanguage: string;
  /** Informant roles offered as presets; starts from the template's roles and can be extended. */
  rolePresets: string[];
  /**
   * Informant attribute columns declared by the user, so a column exists before any informant has a value.
   * Optional: projects written before it was introduced simply have none.
   */
  attributeDefinitions?: { name: string; type: AttributeType }[];
  /**
   * What "Code selected hits" on the search screen codes around each hit (the hit, its sentence, paragraph or
   * speaker turn), as last chosen in this project. Optional: absent means the hit only.
   */
  hitCodingScope?: TextUnit;
  /**
   * Whether importing a file keeps its bytes (the sourceOriginals table), carried in the project file under
   * originals/. Optional and off by default: originals can be large. Turning it off keeps what was kept unless the
   * user also drops them.
   */
  keepOriginals?: boolean;
  /**
   * Relation types the user (or the project's template) added to the defaults (DEFAULT_RELATION_TYPES) for network
   * displays, by name, in the order added. Optional: absent means none.
   */
  relationTypes?: string[];
  /** The thresholds conclusions are triangulated by. Optional: absent means DEFAULT_TRIANGULATION_RULE. */
  triangulationRule?: TriangulationRule;
  /**
   * The project's replacement list for pseudonymisation on export: real names of people and places and what stands
   * for them ("Pak Harjo" → "Owner A"). Informants' own real names apply without being listed
   * (shared/export/pseudonymList.ts). Optional: absent means none beyond the informants'.
   */
  pseudonyms?: PseudonymEntry[];
};

/** One line of the replacement list: a real name (of a person or a place) and the text that replaces it. */
export type PseudonymEntry = { realName: string; pseudonym: string };

export type Project = {
  id: Id;
  name: string;
  description: string;
  researchQuestions: ResearchQuestion[];
  /** Template the code tree started from, if any (templates are data files, see shared/templates). */
  templateId: string | null;
  settings: ProjectSettings;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
  /** Set when the project is the shipped example study. */
  isExample: boolean;
};

/** The triangulation rule the project's conclusions are judged by: its own, or the default. */
export const triangulationRuleOf = (project: Pick<Project, 'settings'>): TriangulationRule =>
  project.settings.triangulationRule ?? DEFAULT_TRIANGULATION_RULE;
