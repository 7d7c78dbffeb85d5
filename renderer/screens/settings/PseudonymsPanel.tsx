// Settings' panel of the open project's pseudonym list (issue 11, point 4): real names of people and places and what
// replaces them when an export, a report or a member-check packet is pseudonymised. The informants' real names are
// seeded lines; writing a line of the list for one of those names overrides it (effectivePseudonymList). The list is
// edited as a draft and saved as one undoable, audited commit; a sample sentence shows the draft at work.
import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { effectivePseudonymList, informantEntries, pseudonymReplacer } from '../../../shared/export/pseudonymList.ts';
import type { PseudonymEntry } from '../../../shared/model/index.ts';
import { savePseudonymList } from '../../data/pseudonyms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import '../../styles/pseudonyms.css';

type DraftLine = PseudonymEntry & { key: number };

let nextKey = 0;
const lineOf = (entry: PseudonymEntry): DraftLine => ({ ...entry, key: (nextKey += 1) });
const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export const PseudonymsPanel = ({ projectId }: { projectId: string | null }) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite, notify } = useToasts();
  const undo = useUndoManager();
  const previewId = useId();
  const project = useLiveQuery(async () => (projectId === null ? null : ((await db.projects.get(projectId)) ?? null)), [db, projectId]);
  const informants = useLiveQuery(async () => (projectId === null ? [] : db.informants.where('projectId').equals(projectId).toArray()), [db, projectId]);
  /** The lines being edited; null while nothing is (the stored list shows, and follows an undo). */
  const [draft, setDraft] = useState<DraftLine[] | null>(null);
  const [sample, setSample] = useState('');
  const [writing, setWriting] = useState(false);
  /** The line just added, whose real name takes the focus once it is drawn. */
  const [focusKey, setFocusKey] = useState<number | null>(null);

  const stored = useMemo(() => (project?.settings.pseudonyms ?? []).map(lineOf), [project]);
  const lines = draft ?? stored;
  const seeded = useMemo(
    () => informantEntries(informants ?? []).filter((entry) => !lines.some((line) => sameName(line.realName, entry.realName))),
    [informants, lines],
  );
  const preview = useMemo(() => {
    if (project === undefined || project === null) return sample;
    return pseudonymReplacer({ settings: { ...project.settings, pseudonyms: lines } }, informants ?? [])(sample);
  }, [project, informants, lines, sample]);

  if (projectId === null || project === null) {
    return (
      <section className="panel" aria-labelledby="pseudonyms-heading">
        <h2 id="pseudonyms-heading" className="panel-title">{t('pseudonyms.settings.titleNoProject')}</h2>
        <p className="muted">{t('pseudonyms.settings.noProject')}</p>
      </section>
    );
  }
  if (project === undefined || informants === undefined) return null;

  const edit = (change: (current: DraftLine[]) => DraftLine[]) => setDraft(change(lines));
  const setField = (key: number, field: 'realName' | 'pseudonym', value: string) =>
    edit((current) => current.map((line) => (line.key === key ? { ...line, [field]: value } : line)));
  const save = async () => {
    setWriting(true);
    const saved = await runWrite(() => savePseudonymList(db, projectId, lines, undo));
    setWriting(false);
    setDraft(null);
    if (saved === true) notify(t('pseudonyms.settings.saved'), undoToastAction(undo, t('pseudonyms.undo.save')));
  };
  const total = effectivePseudonymList({ settings: { ...project.settings, pseudonyms: lines } }, informants).length;

  return (
    <section className="panel" aria-labelledby="pseudonyms-heading" data-testid="pseudonyms-panel">
      <h2 id="pseudonyms-heading" className="panel-title">{t('pseudonyms.settings.title', { name: project.name })}</h2>
      <p className="muted small">{t('pseudonyms.settings.intro')}</p>
      {lines.length === 0 && seeded.length === 0 ? (
        <p className="muted">{t('pseudonyms.settings.empty')}</p>
      ) : (
        <table className="pseudonym-table" data-testid="pseudonym-table" data-count={total}>
          <thead>
            <tr>
              <th scope="col">{t('pseudonyms.settings.realName')}</th>
              <th scope="col">{t('pseudonyms.settings.pseudonym')}</th>
              <th scope="col">{t('pseudonyms.settings.origin')}</th>
              <th scope="col"><span className="visually-hidden">{t('pseudonyms.settings.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={line.key} data-testid="pseudonym-line">
                <td>
                  <input
                    type="text" value={line.realName} aria-label={t('pseudonyms.settings.realNameLabel', { number: index + 1 })}
                    ref={(input) => {
                      if (input !== null && line.key === focusKey) {
                        input.focus();
                        setFocusKey(null);
                      }
                    }}
                    onChange={(event) => setField(line.key, 'realName', event.currentTarget.value)}
                  />
                </td>
                <td>
                  <input
                    type="text" value={line.pseudonym} aria-label={t('pseudonyms.settings.pseudonymLabel', { number: index + 1 })}
                    onChange={(event) => setField(line.key, 'pseudonym', event.currentTarget.value)}
                  />
                </td>
                <td>{t('pseudonyms.settings.fromList')}</td>
                <td>
                  <button
                    type="button" className="button small" aria-label={t('pseudonyms.settings.removeLabel', { name: line.realName || String(index + 1) })}
                    onClick={() => edit((current) => current.filter((other) => other.key !== line.key))}
                  >
                    {t('pseudonyms.settings.remove')}
                  </button>
                </td>
              </tr>
            ))}
            {seeded.map((entry) => (
              <tr key={`seed-${entry.realName}`} className="seeded" data-testid="pseudonym-seed">
                <td>{entry.realName}</td>
                <td>{entry.pseudonym}</td>
                <td>{t('pseudonyms.settings.fromInformant')}</td>
                <td>
                  <button
                    type="button" className="button small" aria-label={t('pseudonyms.settings.overrideLabel', { name: entry.realName })}
                    onClick={() => edit((current) => [...current, lineOf(entry)])}
                  >
                    {t('pseudonyms.settings.override')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('pseudonyms.settings.seedHint')}</p>
      <div className="pseudonym-actions">
        <button
          type="button" className="button"
          onClick={() => {
            const added = lineOf({ realName: '', pseudonym: '' });
            setFocusKey(added.key);
            edit((current) => [...current, added]);
          }}
        >
          {t('pseudonyms.settings.add')}
        </button>
        <button type="button" className="button primary" disabled={draft === null || writing} onClick={() => void save()}>
          {t('pseudonyms.settings.save')}
        </button>
        <button type="button" className="button" disabled={draft === null || writing} onClick={() => setDraft(null)}>
          {t('pseudonyms.settings.revert')}
        </button>
        {draft !== null && <span className="muted small" role="status">{t('pseudonyms.settings.unsaved')}</span>}
      </div>
      <div className="pseudonym-preview">
        <label className="field-label" htmlFor={previewId}>{t('pseudonyms.settings.previewLabel')}</label>
        <input
          id={previewId} type="text" value={sample} placeholder={t('pseudonyms.settings.previewPlaceholder')}
          onChange={(event) => setSample(event.currentTarget.value)}
        />
        <span className="field-label">{t('pseudonyms.settings.previewResult')}</span>
        <output htmlFor={previewId} data-testid="pseudonym-preview" aria-live="polite">{preview}</output>
      </div>
    </section>
  );
};
