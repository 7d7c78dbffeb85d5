// Triangulation, computed (issue 10): what stands behind a conclusion's supporting evidence — distinct source kinds
// (method), informant roles and informants (data), coders (investigator) and collection dates — and the project's
// rule applied to it, with the reasons a conclusion falls short. Pure: the caller resolves each evidence item
// (a coding, a display cell's codings, a memo, a member-check response) to the facts below, by the one attribution
// rule. Roles count only as far as different informants hold them: one informant with two roles is one voice.
import type { IsoDate } from '../model/ids.ts';
import type { TriangulationRule } from '../model/conclusion.ts';
import { SOURCE_KINDS, type SourceKind } from '../model/source.ts';
import { getLocale, t, type Locale } from '../i18n/translate.ts';

/** What one evidence item rests on: excerpts of unlinked speakers (the interviewer) carry no informant. */
export type EvidenceFacts = {
  sourceKinds: readonly SourceKind[];
  informants: readonly { id: string; roles: readonly string[] }[];
  coderIds: readonly string[];
  dates: readonly IsoDate[];
};

export type TriangulationStatus = 'triangulated' | 'partial' | 'single-source' | 'contested';

export type TriangulationCounts = { sourceKinds: number; roles: number; informants: number; coders: number; dates: number; items: number };

/** Why a conclusion is not triangulated, as message keys with their parameters (shared/i18n conclusions.ts). */
export type TriangulationReason =
  | { key: 'triangulation.reason.missingKinds'; kinds: SourceKind[] }
  | { key: 'triangulation.reason.fewKinds'; count: number; min: number }
  | { key: 'triangulation.reason.fewRoles'; count: number; min: number }
  | { key: 'triangulation.reason.fewInformants'; count: number; min: number }
  | { key: 'triangulation.reason.unresolved'; count: number }
  | { key: 'triangulation.reason.noEvidence' };

export type Triangulation = {
  status: TriangulationStatus;
  counts: TriangulationCounts;
  sourceKinds: SourceKind[];
  roles: string[];
  reasons: TriangulationReason[];
};

/**
 * Distinct roles that distinct informants hold: the size of a largest matching of informants to roles, so one
 * informant with two roles counts once while two informants of different roles count twice.
 */
const rolesHeldApart = (informants: ReadonlyMap<string, ReadonlySet<string>>): number => {
  const holder = new Map<string, string>();
  const assign = (informant: string, seen: Set<string>): boolean => {
    for (const role of informants.get(informant) ?? []) {
      if (seen.has(role)) continue;
      seen.add(role);
      const current = holder.get(role);
      if (current === undefined || assign(current, seen)) {
        holder.set(role, informant);
        return true;
      }
    }
    return false;
  };
  for (const informant of informants.keys()) assign(informant, new Set());
  return holder.size;
};

export const triangulate = (supporting: readonly EvidenceFacts[], unresolvedDisconfirming: number, rule: TriangulationRule): Triangulation => {
  const kinds = new Set<SourceKind>();
  const rolesOf = new Map<string, Set<string>>();
  const coders = new Set<string>();
  const dates = new Set<IsoDate>();
  for (const item of supporting) {
    for (const kind of item.sourceKinds) kinds.add(kind);
    for (const informant of item.informants) {
      const roles = rolesOf.get(informant.id) ?? new Set<string>();
      for (const role of informant.roles) if (role.trim() !== '') roles.add(role.trim());
      rolesOf.set(informant.id, roles);
    }
    for (const coder of item.coderIds) coders.add(coder);
    for (const date of item.dates) dates.add(date);
  }
  const allRoles = new Set([...rolesOf.values()].flatMap((roles) => [...roles]));
  const counts: TriangulationCounts = {
    sourceKinds: kinds.size, roles: rolesHeldApart(rolesOf), informants: rolesOf.size, coders: coders.size, dates: dates.size, items: supporting.length,
  };
  const kindsMet = counts.sourceKinds >= rule.minSourceKinds;
  const rolesMet = counts.roles >= rule.minRoles;
  const informantsMet = counts.informants >= rule.minInformants;

  const reasons: TriangulationReason[] = [];
  if (supporting.length === 0) reasons.push({ key: 'triangulation.reason.noEvidence' });
  else if (!kindsMet) {
    const missing = SOURCE_KINDS.filter((kind) => kind !== 'other' && !kinds.has(kind));
    reasons.push(kinds.size > 0 && missing.length > 0 ? { key: 'triangulation.reason.missingKinds', kinds: missing } : { key: 'triangulation.reason.fewKinds', count: counts.sourceKinds, min: rule.minSourceKinds });
  }
  if (supporting.length > 0 && !rolesMet) reasons.push({ key: 'triangulation.reason.fewRoles', count: counts.roles, min: rule.minRoles });
  if (supporting.length > 0 && !informantsMet) reasons.push({ key: 'triangulation.reason.fewInformants', count: counts.informants, min: rule.minInformants });
  if (unresolvedDisconfirming > 0) reasons.unshift({ key: 'triangulation.reason.unresolved', count: unresolvedDisconfirming });

  const status: TriangulationStatus = unresolvedDisconfirming > 0
    ? 'contested'
    : kindsMet && rolesMet && informantsMet ? 'triangulated' : kindsMet || rolesMet ? 'partial' : 'single-source';
  return { status, counts, sourceKinds: SOURCE_KINDS.filter((kind) => kinds.has(kind)), roles: [...allRoles].sort(), reasons };
};

/** How the supporting evidence spreads over informants and roles; `dominant` is an informant behind more than half. */
export type Representativeness = {
  byInformant: { id: string; items: number }[];
  byRole: { role: string; items: number }[];
  withoutInformant: number;
  dominant: { id: string; share: number } | null;
};

export const representativeness = (supporting: readonly EvidenceFacts[]): Representativeness => {
  const byInformant = new Map<string, number>();
  const byRole = new Map<string, number>();
  let withoutInformant = 0;
  for (const item of supporting) {
    if (item.informants.length === 0) withoutInformant += 1;
    const roles = new Set<string>();
    for (const informant of item.informants) {
      byInformant.set(informant.id, (byInformant.get(informant.id) ?? 0) + 1);
      for (const role of informant.roles) if (role.trim() !== '') roles.add(role.trim());
    }
    for (const role of roles) byRole.set(role, (byRole.get(role) ?? 0) + 1);
  }
  const ranked = [...byInformant].map(([id, items]) => ({ id, items })).sort((a, b) => b.items - a.items || a.id.localeCompare(b.id));
  const top = ranked[0];
  const share = top === undefined || supporting.length === 0 ? 0 : top.items / supporting.length;
  return {
    byInformant: ranked,
    byRole: [...byRole].map(([role, items]) => ({ role, items })).sort((a, b) => b.items - a.items || a.role.localeCompare(b.role)),
    withoutInformant,
    dominant: top !== undefined && share > 0.5 ? { id: top.id, share } : null,
  };
};

const kindList = (kinds: readonly SourceKind[], locale: Locale): string =>
  new Intl.ListFormat(locale, { type: 'disjunction' }).format(kinds.map((kind) => t(`triangulation.kind.${kind}`, undefined, locale)));

/** One reason in words ("no observation or document supports this"). */
export const reasonText = (reason: TriangulationReason, locale: Locale = getLocale()): string => {
  switch (reason.key) {
    case 'triangulation.reason.missingKinds':
      return t(reason.key, { kinds: kindList(reason.kinds, locale) }, locale);
    case 'triangulation.reason.noEvidence':
      return t(reason.key, undefined, locale);
    case 'triangulation.reason.unresolved':
      return t(reason.key, { count: reason.count }, locale);
    default:
      return t(reason.key, { count: reason.count, min: reason.min }, locale);
  }
};

/** The status with its reasons in words, as shown wherever the conclusion appears. */
export const triangulationText = (result: Triangulation, locale: Locale = getLocale()): { status: string; reason: string } => ({
  status: t(`triangulation.status.${result.status}`, undefined, locale),
  reason: result.reasons.length === 0
    ? t('triangulation.reason.met', { kinds: result.counts.sourceKinds, roles: result.counts.roles, informants: result.counts.informants }, locale)
    : result.reasons.map((reason) => reasonText(reason, locale)).join('; '),
});
