// One speaker of a source: rename it, link it to an informant (both undoable from the top bar), and — when the same
// label speaks in other sources of the project — the offer to link it there too, in one step.
import { useState } from 'react';
import type { Id, Informant, Source } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { linkSpeaker, linkSpeakerEverywhere, renameSpeaker, sourcesWithSpeaker } from '../../data/sources.ts';
import { InlineRenameForm } from '../../components/InlineRenameForm.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { pluralForm } from '../../../shared/i18n/translate.ts';

type Props = { source: Source; speaker: string; turns: number; informants: Informant[] };

/** The offer shown after a link: the label speaks in `others` more sources not yet linked to this informant. */
type Offer = { informant: Informant; others: number };

export const SpeakerRow = ({ source, speaker, turns, informants }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { t } = useTranslation();
  const { runWrite, notify } = useToasts();
  const [renaming, setRenaming] = useState(false);
  const [offer, setOffer] = useState<Offer | null>(null);

  const rename = async (name: string): Promise<boolean> =>
    (await runWrite(async () => {
      await renameSpeaker(db, source.id, speaker, name, undo);
      return true;
    })) === true;

  const link = async (informantId: Id | null) => {
    setOffer(null);
    await runWrite(async () => {
      await linkSpeaker(db, source.id, speaker, informantId, undo);
      const informant = informants.find((candidate) => candidate.id === informantId);
      if (informant === undefined) return;
      const elsewhere = (await sourcesWithSpeaker(db, source.projectId, speaker))
        .filter((other) => other.id !== source.id && other.speakerLinks[speaker] !== informant.id);
      if (elsewhere.length > 0) setOffer({ informant, others: elsewhere.length });
    });
  };

  const linkEverywhere = async ({ informant }: Offer) => {
    setOffer(null);
    const count = await runWrite(() => linkSpeakerEverywhere(db, source.projectId, speaker, informant.id, undo));
    if (count !== undefined) notify(t(`source.speakers.linkedEverywhere.${pluralForm(count)}`, { speaker, name: informant.pseudonym, count }));
  };

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
          onChange={(event) => void link(event.currentTarget.value || null)}
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
      {offer !== null && (
        <div className="speaker-offer" role="group" aria-label={t('source.speakers.offer.label', { name: speaker })}>
          <p className="small">
            {t(`source.speakers.offer.text.${pluralForm(offer.others)}`, { speaker, name: offer.informant.pseudonym, count: offer.others })}
          </p>
          <div className="speaker-offer-actions">
            <button type="button" className="button small primary" onClick={() => void linkEverywhere(offer)}>
              {t('source.speakers.offer.accept')}
            </button>
            <button type="button" className="button small" onClick={() => setOffer(null)}>
              {t('source.speakers.offer.dismiss')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
};
