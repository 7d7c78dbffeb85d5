// Settings / About: the language of the app, where the user's data lives (browser storage or the app folder), its backups, what the open
// project's file keeps, its pseudonym list, who codes here, and the version.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { describeStorageLocation, requestPersistentStorage } from '../../platform/platform.ts';
import type { StorageLocation } from '../../platform/platform.ts';
import { BackupsPanel } from './BackupsPanel.tsx';
import { CodersPanel } from './CodersPanel.tsx';
import { LanguagePanel } from './LanguagePanel.tsx';
import { OriginalsPanel } from './OriginalsPanel.tsx';
import { PseudonymsPanel } from './PseudonymsPanel.tsx';

/**
 * `section`: the panel to bring into view and focus ("Restore from backup…" asks for the backups). `projectId`: the
 * open project, whose own settings are shown (none: no project is open).
 */
type Props = { persistentAtStart: boolean; section?: 'backups'; projectId?: string | null };

export const SettingsScreen = ({ persistentAtStart, section, projectId = null }: Props) => {
  const { t, formatNumber } = useTranslation();
  const [location, setLocation] = useState<StorageLocation | null>(null);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    let live = true;
    void describeStorageLocation().then((found) => live && setLocation(found));
    return () => {
      live = false;
    };
  }, [refresh]);

  return (
    <section className="screen" aria-labelledby="settings-heading">
      <div className="screen-header">
        <h1 id="settings-heading">{t('settings.title')}</h1>
      </div>
      <LanguagePanel />
      <section className="panel" aria-labelledby="storage-heading">
        <h2 id="storage-heading" className="panel-title">{t('settings.storage.title')}</h2>
        {location === null && <p className="muted">{t('app.loading')}</p>}
        {location?.kind === 'electron' && (
          <>
            <p data-testid="data-location">{t('settings.storage.electron', { folder: location.info.dataLocation })}</p>
            <p className="muted small">{t('settings.about.version', { version: location.info.version, platform: location.info.platform })}</p>
          </>
        )}
        {location?.kind === 'browser' && (
          <>
            <p data-testid="data-location">
              {t('settings.storage.browser', {
                origin: location.origin,
                persistent: t(location.persistent || persistentAtStart ? 'settings.storage.yes' : 'settings.storage.no'),
              })}
            </p>
            {location.usageBytes !== null && (
              <p className="muted small">{t('settings.storage.usage', { mb: formatNumber(Math.round((location.usageBytes / 1048576) * 10) / 10) })}</p>
            )}
            {!location.persistent && (
              <>
                <p className="warning">{t('settings.storage.evictionWarning')}</p>
                <button type="button" className="button" onClick={() => void requestPersistentStorage().then(() => setRefresh((n) => n + 1))}>
                  {t('settings.storage.askAgain')}
                </button>
              </>
            )}
          </>
        )}
      </section>
      <BackupsPanel focus={section === 'backups'} />
      <OriginalsPanel projectId={projectId} />
      <PseudonymsPanel projectId={projectId} />
      <CodersPanel />
      <section className="panel" aria-labelledby="about-heading">
        <h2 id="about-heading" className="panel-title">{t('settings.about.title')}</h2>
        <p>{t('settings.about.text')}</p>
      </section>
    </section>
  );
};
