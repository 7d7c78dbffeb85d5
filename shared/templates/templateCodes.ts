// Turning a template into a project's codes (fresh ids, colours, order) and a project's code tree back into a template.
import type { Code } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { newCodeColor } from '../codebook/codeColors.ts';
import { normalizeCodeName } from '../codebook/codeNames.ts';
import { childrenByParent } from '../codebook/codeTree.ts';
import { resolveContext, type OperationContext } from '../codebook/operationContext.ts';
import { TEMPLATE_FORMAT_VERSION, type CodebookTemplate, type TemplateCode } from './templateTypes.ts';

/**
 * The codes of a template as new records of `projectId`, parents before children. A code without a colour gets
 * one distinct from its siblings' (a top-level code a palette colour, a sub-code a shade of its parent's hue).
 */
export const instantiateTemplate = (template: CodebookTemplate, projectId: Id, context?: OperationContext): Code[] => {
  const { now, newId } = resolveContext(context);
  const codes: Code[] = [];
  const add = (items: readonly TemplateCode[], parent: Code | null): void => {
    items.forEach((item, order) => {
      const color = item.color?.toLowerCase() ?? newCodeColor(codes, parent?.id ?? null);
      const code: Code = {
        id: newId(),
        projectId,
        parentId: parent?.id ?? null,
        order,
        name: normalizeCodeName(item.name),
        color,
        definition: item.definition,
        inclusionCriteria: item.inclusionCriteria,
        exclusionCriteria: item.exclusionCriteria,
        example: item.example,
        modelRole: item.modelRole?.trim() ? item.modelRole.trim() : null,
        status: item.status ?? 'draft',
        createdAt: now,
        updatedAt: now,
      };
      codes.push(code);
      add(item.children ?? [], code);
    });
  };
  add(template.codes, null);
  return codes;
};

export type TemplateMeta = {
  /** Slug; derived from the name when absent. */
  id?: string;
  name: string;
  description: string;
  language: string;
  rolePresets: readonly string[];
};

/** "My Codebook (v2)!" → "my-codebook-v2"; never empty. */
export const templateIdFromName = (name: string): string => {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'codebook' : slug;
};

/** Saves a project's code tree (in sibling order) as a template; validate it before writing it to a file. */
export const codeTreeToTemplate = (codes: readonly Code[], meta: TemplateMeta): CodebookTemplate => {
  const groups = childrenByParent(codes);
  const visited = new Set<Id>();
  const toTemplateCodes = (parentId: Id | null): TemplateCode[] =>
    (groups.get(parentId) ?? [])
      .filter((code) => !visited.has(code.id))
      .map((code) => {
        visited.add(code.id);
        const item: TemplateCode = {
          name: code.name,
          color: code.color,
          definition: code.definition,
          inclusionCriteria: code.inclusionCriteria,
          exclusionCriteria: code.exclusionCriteria,
          example: code.example,
          modelRole: code.modelRole,
          status: code.status,
        };
        const children = toTemplateCodes(code.id);
        if (children.length > 0) item.children = children;
        return item;
      });
  return {
    formatVersion: TEMPLATE_FORMAT_VERSION,
    id: meta.id ?? templateIdFromName(meta.name),
    name: meta.name.trim(),
    description: meta.description.trim(),
    language: meta.language,
    rolePresets: [...meta.rolePresets],
    codes: toTemplateCodes(null),
  };
};
