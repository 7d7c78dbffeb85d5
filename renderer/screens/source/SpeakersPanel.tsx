// The speakers of one source with their turn counts: rename a speaker across the source, link it to an informant.
import { useState } from 'react';
import type { Informant, Source } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { linkSpeaker, renameSpeaker } from '../../data/sources.ts';
import { InlineRenameForm } from '../../components/InlineRenameForm.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { source: Source; informants: Informant[] };

/** Speakers in order of first appearance with how many turns each has. */
const countSpeakers = (source: Source): { speaker: string; turns: number }[] => {
  const counts = new Map<string, number>();
  for (const turn of source.turns) if (turn.speaker !== null) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  return [...counts].map(([speaker, turns]) => ({ speaker, turns }));
};

export const SpeakersPanel = ({ source, informants }: Props) => {
  const { t } = useTranslation();
  const speakers = countSpeakers(source);
  return (
    <section className="panel" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading" className="panel-title">{t('source.speakers.title')}</h2>
      {speakers.length === 0 ? (
        <p className="muted small">{t('source.speakers.none')}</p>
      ) : (
        <ul className="speaker-list" aria-label={t('source.speakers.title')}>
          {speakers.map(({ speaker, turns }) => (
            <SpeakerRow key={speaker} source={source} speaker={speaker} turns={turns} informants={informants} />
          ))}
        </ul>
      )}
    </section>
  );
};

type RowProps = { source: Source; speaker: string; turns: number; informants: Informant[] };

const SpeakerRow = ({ source, speaker, turns, informants }: RowProps) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const [renaming, setRenaming] = useState(false);

  const rename = async (name: string): Promise<boolean> =>
    (await runWrite(async () => {
      await renameSpeaker(db, source.id, speaker, name);
      return true;
    })) === true;

  return (
    <li className="speaker-row">
      <div className="speaker-row-head">
        {!renaming ? (
          <>
            <span className="speaker-chip">{speaker}</span>
            <span className="muted small">{t('source.speakers.turns', { count: turns })}</span>
            <button type="button" className="button small" aria-label={t('source.speakers.rename', { name: speaker })} onClick={() => setRenaming(true)}>
              {t('source.speakers.renameShort')}
            </button>
          </>
        ) : (
          <InlineRenameForm
            label={t('source.speakers.newName', { name: speaker })}
            initial={speaker}
            onSave={rename}
            onClose={() => setRenaming(false)}
            compact
          />
        )}
      </div>
      <label className="speaker-link">
        <span className="muted small">{t('source.speakers.linkLabel')}</span>
        <select
          aria-label={t('source.speakers.link', { name: speaker })}
          value={source.speakerLinks[speaker] ?? ''}
          onChange={(event) => {
            const informantId = event.currentTarget.value || null;
            void runWrite(() => linkSpeaker(db, source.id, speaker, informantId));
          }}
        >
          <option value="">{t('source.speakers.notLinked')}</option>
          {informants.map((informant) => (
            <option key={informant.id} value={informant.id}>
              {informant.pseudonym}
              {informant.role ? ` (${informant.role})` : ''}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
};
