// The speakers of one source with their turn counts: rename a speaker across the source, link it to an informant.
import type { Informant, Source } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { SpeakerRow } from './SpeakerRow.tsx';

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
