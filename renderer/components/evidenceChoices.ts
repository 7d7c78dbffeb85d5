// How the "Add as evidence to…" dialog names what it adds: an excerpt by the start of its words, a cell by its row and column.
import type { Id } from '../../shared/model/index.ts';
import type { Translator } from '../i18n/useTranslation.ts';
import type { EvidenceChoice } from './AddEvidenceDialog.tsx';

const EXCERPT_LENGTH = 80;

const shortened = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH).trimEnd()}…` : flat;
};

export const codingEvidenceChoice = (t: Translator['t'], codingId: Id, excerpt: string, codeName?: string): EvidenceChoice => ({
  target: { kind: 'coding', codingId },
  label: `${codeName === undefined ? '' : `${codeName} · `}${t('evidence.dialog.target.coding', { excerpt: shortened(excerpt) })}`,
});

export const cellEvidenceChoice = (t: Translator['t'], displayId: Id, cellKey: string, cell: string): EvidenceChoice => ({
  target: { kind: 'cell', displayId, cellKey },
  label: t('evidence.dialog.target.cell', { cell }),
});
