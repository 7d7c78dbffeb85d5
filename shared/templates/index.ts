// Public entry of codebook templates: the shipped templates, validation of template files, instantiation.
export * from './templateTypes.ts';
export * from './templateValidation.ts';
export * from './templateCodes.ts';
export * from './builtInTemplates.ts';
export { ECOSYSTEM_ROLE_PRESETS } from './ecosystem-roles.ts';
