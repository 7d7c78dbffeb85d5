// A new informant row from what the user typed (or an example or an informant sheet supplies): pseudonym and role
// tidied, attribute values checked against their declared types. Pure; the data layer checks the pseudonym against
// the project's other informants (renderer/data/informants.ts).
import { newId, type AttributeValue, type Id, type Informant } from '../model/index.ts';
import { DataError } from './dataError.ts';

export type NewInformant = {
  pseudonym: string;
  role: string;
  attributes?: Record<string, AttributeValue>;
  realName?: string | null;
};

/** Trimmed, with runs of white space made one space. */
export const tidyText = (text: string): string => text.trim().replace(/\s+/g, ' ');

const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

const checkAttribute = (name: string, attribute: AttributeValue): boolean => {
  switch (attribute.type) {
    case 'text': return typeof attribute.value === 'string';
    case 'number': return typeof attribute.value === 'number' && Number.isFinite(attribute.value);
    case 'date': return typeof attribute.value === 'string' && isIsoDate(attribute.value);
    case 'boolean': return typeof attribute.value === 'boolean';
    default: throw new DataError('data.error.attributeValueInvalid', { name, type: 'value' });
  }
};

/** Trims attribute names and refuses values that do not match their declared type. */
export const validAttributes = (attributes: Record<string, AttributeValue>): Record<string, AttributeValue> => {
  const result: Record<string, AttributeValue> = {};
  for (const [rawName, attribute] of Object.entries(attributes)) {
    const name = tidyText(rawName);
    if (name === '') throw new DataError('data.error.attributeNameEmpty');
    if (!checkAttribute(name, attribute)) throw new DataError('data.error.attributeValueInvalid', { name, type: attribute.type });
    result[name] = attribute;
  }
  return result;
};

export const validPseudonym = (raw: string): string => {
  const pseudonym = tidyText(raw);
  if (pseudonym === '') throw new DataError('data.error.informantPseudonymEmpty');
  return pseudonym;
};

/** A new informant record from user input, validated (pseudonym, attribute types); not yet checked for clashes. */
export const newInformantRecord = (projectId: Id, input: NewInformant, at: string): Informant => {
  return {
    id: newId(), projectId, pseudonym: validPseudonym(input.pseudonym), role: tidyText(input.role),
    attributes: validAttributes(input.attributes ?? {}), realName: input.realName?.trim() || null, createdAt: at, updatedAt: at,
  };
};
