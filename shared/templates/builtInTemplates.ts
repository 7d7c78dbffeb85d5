// The templates shipped with Caseweave, each checked by the same validator as a user's template file.
import type { CodebookTemplate } from './templateTypes.ts';
import { validateTemplate } from './templateValidation.ts';
import { ecosystemInternationalizationTemplate } from './data/ecosystemInternationalization.ts';
import { salesNetworkFactorsTemplate } from './data/salesNetworkFactors.ts';
import { platformRegulationTemplate } from './data/platformRegulation.ts';

const checked = (data: CodebookTemplate, fileName: string): CodebookTemplate => {
  const result = validateTemplate(data, fileName);
  // A shipped template that fails validation is a build defect, caught by the unit tests.
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.template;
};

export const BUILT_IN_TEMPLATES: readonly CodebookTemplate[] = [
  checked(ecosystemInternationalizationTemplate, 'data/ecosystemInternationalization.ts'),
  checked(salesNetworkFactorsTemplate, 'data/salesNetworkFactors.ts'),
  checked(platformRegulationTemplate, 'data/platformRegulation.ts'),
];

/** The template a new project is offered first (the reference study's framework). */
export const DEFAULT_TEMPLATE_ID = ecosystemInternationalizationTemplate.id;

export const findBuiltInTemplate = (id: string): CodebookTemplate | undefined => BUILT_IN_TEMPLATES.find((template) => template.id === id);
