// The source details' line about its kept original (when the project kept the imported file): its size, and a way to
// save the file back out, byte for byte, through the platform's save dialog (a download in the browser).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatByteSize } from '../../../shared/i18n/backupFormats.ts';
import type { SourceRow } from '../../data/database.ts';
import { isOriginalKept, readKeptOriginal } from '../../data/sourceOriginals.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { hasNativeFileDialog, saveBytes } from '../../platform/platform.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';

/** The save dialog's filter: the original's own extension, when it has one the dialog accepts. */
const filtersFor = (fileName: string, name: string): { name: string; extensions: string[] }[] => {
  const extension = /\.([A-Za-z0-9]{1,16})$/.exec(fileName)?.[1];
  return extension === undefined ? [] : [{ name, extensions: [extension] }];
};

export const KeptOriginal = ({ source }: { source: Pick<SourceRow, 'id' | 'byteSize'> }) => {
  const db = useDatabase();
  const { t, locale } = useTranslation();
  const { runWrite, notify } = useToasts();
  const kept = useLiveQuery(() => isOriginalKept(db, source.id), [db, source.id]);
  const [saving, setSaving] = useState(false);
  if (kept !== true) return null;

  const save = async () => {
    setSaving(true);
    const outcome = await runWrite(async () => {
      const original = await readKeptOriginal(db, source.id);
      return saveBytes(original.fileName, original.bytes, filtersFor(original.fileName, t('originals.source.filter')));
    });
    setSaving(false);
    if (outcome?.saved === true && hasNativeFileDialog()) notify(t('originals.source.saved', { path: outcome.path }));
  };

  return (
    <>
      <dt>{t('originals.source.label')}</dt>
      <dd data-testid="kept-original">
        {t('originals.source.kept', { size: formatByteSize(source.byteSize, locale) })}{' '}
        <button type="button" className="button small" disabled={saving} onClick={() => void save()}>
          {t('originals.source.save')}
        </button>
      </dd>
    </>
  );
};
