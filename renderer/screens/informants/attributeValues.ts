// Conversion between informant attribute values and the strings of the in-place editor.
import type { AttributeType, AttributeValue } from '../../../shared/model/index.ts';

export const attributeToRaw = (value: AttributeValue | undefined): string => {
  if (value === undefined) return '';
  if (value.type === 'boolean') return value.value ? 'true' : 'false';
  return String(value.value);
};

/** null means "clear the attribute"; undefined means the text is not a valid value of that type. */
export const rawToAttribute = (type: AttributeType, raw: string): AttributeValue | null | undefined => {
  const text = raw.trim();
  if (text === '') return null;
  switch (type) {
    case 'text':
      return { type, value: text };
    case 'number': {
      const value = Number(text.replace(',', '.'));
      return Number.isFinite(value) ? { type, value } : undefined;
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? { type, value: text } : undefined;
    case 'boolean':
      return text === 'true' || text === 'false' ? { type, value: text === 'true' } : undefined;
  }
};
