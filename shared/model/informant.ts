// An informant (a case): the person or organisation a source speaks for.
import type { Id, IsoDate, IsoInstant } from './ids.ts';

export type AttributeValue =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'date'; value: IsoDate }
  | { type: 'boolean'; value: boolean };

export type AttributeType = AttributeValue['type'];

/** Every attribute type, in the order a user is offered them. */
export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['text', 'number', 'date', 'boolean'];

export type Informant = {
  id: Id;
  projectId: Id;
  pseudonym: string;
  role: string;
  /** Free attributes keyed by attribute name; any of them can become a triangulation dimension. */
  attributes: Record<string, AttributeValue>;
  /** The real name, if kept at all; never leaves the machine in an export unless asked. */
  realName: string | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};
