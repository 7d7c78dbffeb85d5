// What the matrix builder form offers, read from the project's data: codes in code-tree order with their paths,
// codes that have sub-codes (checklist rows, clusters), informant roles, and informant attributes with their values
// (date attributes can date a time-ordered matrix).
import type { MatrixData } from '../../../../shared/analysis/matrixTypes.ts';
import { buildCodeTree, CODE_PATH_SEPARATOR, flattenCodeTree } from '../../../../shared/codebook/codeTree.ts';
import type { AttributeValue, Id } from '../../../../shared/model/index.ts';

export type CodeChoice = { id: Id; path: string; depth: number; hasChildren: boolean };
export type AttributeChoice = { name: string; type: AttributeValue['type']; values: string[] };

export type BuilderChoices = {
  codes: CodeChoice[];
  roles: string[];
  attributes: AttributeChoice[];
};

/** An attribute value as filters compare it: as text. */
export const attributeText = (value: AttributeValue): string => String(value.value);

const byText = (a: string, b: string): number => a.localeCompare(b);

export const builderChoices = (data: MatrixData): BuilderChoices => {
  const paths = new Map<Id, string>();
  const codes = flattenCodeTree(buildCodeTree(data.codes, [])).map((node): CodeChoice => {
    const parent = node.code.parentId === null ? undefined : paths.get(node.code.parentId);
    const path = parent === undefined ? node.code.name : `${parent}${CODE_PATH_SEPARATOR}${node.code.name}`;
    paths.set(node.code.id, path);
    return { id: node.code.id, path, depth: node.depth, hasChildren: node.children.length > 0 };
  });
  const roles = [...new Set(data.informants.map((person) => person.role).filter((role) => role !== ''))].sort(byText);
  const attributes = new Map<string, { type: AttributeValue['type']; values: Set<string> }>();
  for (const person of data.informants) {
    for (const [name, value] of Object.entries(person.attributes)) {
      const known = attributes.get(name) ?? { type: value.type, values: new Set<string>() };
      known.values.add(attributeText(value));
      attributes.set(name, known);
    }
  }
  return {
    codes,
    roles,
    attributes: [...attributes.entries()]
      .map(([name, { type, values }]) => ({ name, type, values: [...values].sort(byText) }))
      .sort((a, b) => byText(a.name, b.name)),
  };
};
