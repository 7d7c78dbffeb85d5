// Settings' backups: where they are kept, "Back up now" for the open project, and every project's backups with
// their dates and sizes, each restorable as a copy. "Restore from backup…" opens Settings here (focus on the title).
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { KEEP_DAILY_BACKUPS_FOR_DAYS, KEEP_NEWEST_BACKUPS } from '../../../shared/backup/backupPolicy.ts';
import { listProjects } from '../../data/projects.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { BackupListing } from '../../platform/backupStore.ts';
import { useBackups } from '../../services/BackupsContext.tsx';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { describeError } from '../../services/errorMessage.ts';
import { BackupGroupTable } from './BackupGroupTable.tsx';
import { groupBackups } from './backupGroups.ts';
import '../../styles/backups.css';

type Listing = { status: 'loading' } | { status: 'failed'; reason: string } | { status: 'ready'; listing: BackupListing };

export const BackupsPanel = ({ focus }: { focus: boolean }) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { store, projectId, revision, backUpNow, restore } = useBackups();
  const projects = useLiveQuery(() => listProjects(db), [db]);
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [backingUp, setBackingUp] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);

  useEffect(() => {
    if (store === undefined || store === null) return undefined;
    let live = true;
    store.list().then(
      (found) => live && setListing({ status: 'ready', listing: found }),
      (error: unknown) => live && setListing({ status: 'failed', reason: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [store, revision]);

  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focus]);

  const openProject = projects?.find((project) => project.id === projectId) ?? null;
  const names = new Map((projects ?? []).map((project) => [project.id, project.name]));
  const location = listing.status === 'ready' ? listing.listing.location : null;

  return (
    <section className="panel backups-panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading" className="panel-title" ref={heading} tabIndex={-1}>{t('backups.title')}</h2>
      <p>{t('backups.explanation', { newest: KEEP_NEWEST_BACKUPS, days: KEEP_DAILY_BACKUPS_FOR_DAYS })}</p>
      {store === null && <p className="warning">{t('backups.unavailable')}</p>}
      {location !== null && (
        <p data-testid="backup-location">
          {location.kind === 'folder' ? t('backups.location.folder', { folder: location.path }) : t('backups.location.browser')}
        </p>
      )}
      {store !== null && (
        <div className="backups-actions">
          {openProject === null ? (
            <p className="muted">{t('backups.noProject')}</p>
          ) : (
            <button
              type="button"
              className="button primary"
              disabled={backingUp || store === undefined}
              onClick={() => {
                setBackingUp(true);
                void backUpNow().finally(() => setBackingUp(false));
              }}
            >
              {backingUp ? t('backups.backingUp') : t('backups.backUpNow.label', { name: openProject.name })}
            </button>
          )}
          <p className="muted small">{t('backups.restore.explanation')}</p>
        </div>
      )}
      {store !== null && listing.status === 'loading' && <p className="muted">{t('backups.loading')}</p>}
      {listing.status === 'failed' && <p className="warning" role="alert">{t('backups.listFailed', { reason: listing.reason })}</p>}
      {listing.status === 'ready' && listing.listing.backups.length === 0 && <p className="muted" data-testid="backups-empty">{t('backups.empty')}</p>}
      {listing.status === 'ready' &&
        groupBackups(listing.listing.backups, names, projectId).map((group) => (
          <BackupGroupTable
            key={group.projectId}
            group={group}
            restoring={restoring}
            onRestore={(entry) => {
              setRestoring(entry.fileName);
              void restore(entry).finally(() => setRestoring(null));
            }}
          />
        ))}
    </section>
  );
};
