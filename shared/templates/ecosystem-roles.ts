// Informant role presets of the ecosystem-internationalization template (the Kendang Jimbe study's
// framework). Data, not code: a project copies them into its settings and the user may extend them.
export type RolePresetTemplate = { templateId: string; roles: readonly string[] };

export const ECOSYSTEM_ROLE_PRESETS = {
  templateId: 'ecosystem-internationalization',
  roles: ['owner', 'craftsman', 'partner/distributor', 'association representative', 'diaspora actor'],
} as const satisfies RolePresetTemplate;
