// The metadata card of a source: kind, date, language, informants (linked), original file and its SHA-256, and the
// file itself when the project kept it.
import { useState } from 'react';
import type { Informant, Source } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatByteSize } from '../../../shared/i18n/backupFormats.ts';
import { KeptOriginal } from './KeptOriginal.tsx';
import { SourceMetaForm } from './SourceMetaForm.tsx';

type Props = { source: Source; informants: Informant[]; navigate: (route: Route) => void };

export const SourceMetadata = ({ source, informants, navigate }: Props) => {
  const { t, formatDate, formatDateTime, locale } = useTranslation();
  const linked = informants.filter((informant) => source.informantIds.includes(informant.id));
  const [editing, setEditing] = useState(false);
  const none = <span className="muted">—</span>;
  return (
    <section className="panel" aria-labelledby="source-meta-heading">
      <div className="panel-head">
        <h2 id="source-meta-heading" className="panel-title">{t('source.meta.title')}</h2>
        {!editing && (
          <button type="button" className="button small" onClick={() => setEditing(true)}>
            {t('source.edit.button')}
          </button>
        )}
      </div>
      {editing && <SourceMetaForm source={source} informants={informants} onDone={() => setEditing(false)} />}
      <dl hidden={editing} className="meta-list">
        <dt>{t('source.meta.kind')}</dt>
        <dd>
          <span className={`kind-tag kind-${source.kind}`}>{t(`sources.kind.${source.kind}`)}</span>
        </dd>
        <dt>{t('source.meta.date')}</dt>
        <dd>{source.date === null ? none : formatDate(source.date)}</dd>
        <dt>{t('source.meta.language')}</dt>
        <dd>{source.language || none}</dd>
        <dt>{t('source.meta.informants')}</dt>
        <dd aria-label={t('source.meta.informants')}>
          {linked.length === 0
            ? none
            : linked.map((informant, index) => (
                <span key={informant.id}>
                  {index > 0 && ', '}
                  <button
                    type="button"
                    className="button link"
                    title={informant.role}
                    onClick={() => navigate({ screen: 'sources', informantId: informant.id })}
                  >
                    {informant.pseudonym}
                  </button>
                </span>
              ))}
        </dd>
        <dt>{t('source.meta.file')}</dt>
        <dd className="file-name">{source.originalFileName}</dd>
        <dt>{t('source.meta.size')}</dt>
        <dd>{t('source.meta.sizeValue', { size: formatByteSize(source.byteSize, locale), turns: source.turns.length })}</dd>
        <dt>{t('source.meta.sha')}</dt>
        <dd>
          <code title={source.sha256}>{source.sha256.slice(0, 12)}</code>
        </dd>
        <KeptOriginal source={source} />
        <dt>{t('source.meta.imported')}</dt>
        <dd>{formatDateTime(source.importedAt)}</dd>
      </dl>
    </section>
  );
};
