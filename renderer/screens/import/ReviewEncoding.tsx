// A file's encoding in the import review: how it was decided (from a byte-order mark, valid UTF-8, assumed, or
// chosen), a picker that reads the file again in another encoding, the first lines of the text as read (so the user
// sees it change before importing) and the import's warnings for the file.
import { TEXT_ENCODINGS, isTextEncodingName } from '../../../shared/import/textEncodings.ts';
import type { ParseChoices } from '../../../shared/import/parsedDocument.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ReviewRow } from './useImportFlow.ts';

type Props = { row: ReviewRow; onReparse: (rowId: number, choices: ParseChoices) => void };

const PREVIEW_LINES = 3;
const PREVIEW_CHARS = 240;

/** The first few lines of the text as it will be stored. */
const previewOf = (text: string): string => {
  const lines = text.slice(0, PREVIEW_CHARS * 2).split('\n').filter((line) => line.trim() !== '').slice(0, PREVIEW_LINES);
  const preview = lines.join('\n');
  return preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS)}…` : preview;
};

export const ReviewEncoding = ({ row, onReparse }: Props) => {
  const { t } = useTranslation();
  const file = row.source.fileName;
  const encoding = row.source.encoding;
  const warnings = row.source.warnings ?? [];
  return (
    <div className="review-encoding">
      {encoding !== undefined && (
        <>
          <label className="small">
            <span className={encoding.how === 'assumed' ? 'warning' : 'muted'}>{t(`importUi.encoding.how.${encoding.how}`)}</span>{' '}
            <select
              aria-label={t('importUi.encoding.pick', { file })}
              value={encoding.name}
              onChange={(event) => {
                const name = event.currentTarget.value;
                if (isTextEncodingName(name)) onReparse(row.rowId, { ...row.choices, encoding: name });
              }}
            >
              {TEXT_ENCODINGS.map((name) => (
                <option key={name} value={name}>{t(`import.encoding.${name}`)}</option>
              ))}
            </select>
          </label>
          <pre className="review-preview" aria-label={t('importUi.encoding.preview', { file })}>{previewOf(row.source.text)}</pre>
        </>
      )}
      {warnings.map((warning) => (
        <div key={warning.code} className="warning small" role="note" data-warning={warning.code}>{warning.message}</div>
      ))}
      {row.reparseError !== null && <div className="error small" role="alert">{row.reparseError}</div>}
    </div>
  );
};
